import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, type Language } from './i18n';

/** Each language's name in itself (not translated: a French speaker looks for "Français"). */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** A labelled select that switches the UI language (remembered in this browser). */
export const LanguageSwitch = memo(function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const value = (LANGUAGES as readonly string[]).includes(i18n.resolvedLanguage ?? '')
    ? i18n.resolvedLanguage
    : 'en';
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('common:language.label')}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => changeLanguage(e.target.value as Language)}
        title={t('common:language.label')}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NATIVE_NAMES[lng]}
          </option>
        ))}
      </select>
    </span>
  );
});
