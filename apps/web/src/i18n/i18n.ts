import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { RESOURCES } from './resources';

/** The UI languages, in menu order. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The translation namespaces (one per area of the app; top-level keys of `en.json`). */
export const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

/** Where the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'isf:lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered language, else the browser's if it is French, else English. */
export function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; fall through to the browser language.
  }
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

if (!i18next.isInitialized) {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: initialLanguage(),
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  setDocumentLanguage(i18next.language);
  i18next.on('languageChanged', setDocumentLanguage);
}

/** Switches the UI language and remembers it in this browser. */
export function changeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  void i18next.changeLanguage(language);
}

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

export { i18next };
