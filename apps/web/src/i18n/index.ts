/**
 * The app's translations (i18next + react-i18next). Import this module once (the workspace does)
 * and use `useTranslation()` with namespaced keys: `t('views:timeline.title')`. Keys without a
 * namespace resolve in `common`.
 */
import './i18n';

export { LANGUAGES, NAMESPACES, changeLanguage, currentLanguage, i18next } from './i18n';
export type { Language } from './i18n';
export { messageText, translateMessage } from './messageText';
export type { CodedText } from './messageText';
export { useTranslation as useT, Trans } from 'react-i18next';
export { LanguageSwitch } from './LanguageSwitch';
