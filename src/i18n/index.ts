/**
 * Descent's translations (docs/i18n.md): one i18next instance, initialised here once and
 * synchronously with English, which is bundled (the default and the fallback). Chinese is a chunk
 * of its own, added by load.ts when it is first shown (docs/i18n.md, "How languages load"). The
 * store's `lang` is the language shown; store-sync.ts makes i18next and `<html lang>` follow it,
 * changing the store's `lang` only once that language's strings are loaded.
 *
 * - Components call `useT()` (react-i18next's useTranslation), so they re-render when the
 *   language changes. Pure helpers that make UI text call `t` directly; they are called from
 *   components that use `useT()`, which re-render them.
 * - Keys are checked by TypeScript: `t('timeline.play')` compiles, a misspelt key does not
 *   (i18next's CustomTypeOptions, below). zh.ts must have exactly en.ts's keys (its type says so).
 * - Interpolation is i18next's `{{name}}`, unescaped (React escapes). Plurals use i18next's
 *   `_one`/`_other` suffixes with `count`; Chinese has no plural forms, so its `_one` and
 *   `_other` read the same (both are kept, so the two languages have the same keys).
 * - Numbers are formatted as before, in every language (the house formatters in src/ui, src/plot).
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { HTML_LANG, type Lang } from './languages';
import type { LessonEditorForm } from './lesson-editor';
import { translationMemo } from './memo';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The lesson editor's strings are added when its chunk loads (lesson-editor.ts).
    resources: { translation: typeof en & { lessonEditorForm: LessonEditorForm } };
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh'],
  resources: { en: { translation: en } },
  // No backend: load.ts adds Chinese itself. Initialisation, and a change to a language whose
  // strings are in, complete synchronously.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Every translation made once per language (memo.ts: issue 17's main-thread budget). */
export const translations = translationMemo(i18n);

/** Translates a key in the current language (for pure helpers; components use `useT`). */
export const t = translations.wrap(i18n.t.bind(i18n));

/**
 * The `t` of a component, re-rendering it when the language changes (react-i18next gives a new
 * `t` then, so memoised work that depends on `t` is redone).
 */
export function useT() {
  return translations.wrap(useTranslation().t);
}

/** The language shown now. */
export function currentLang(): Lang {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/**
 * Shows the app in `lang`, whose strings must be loaded (load.ts): i18next's language and the
 * page's `<html lang>`.
 */
export function applyLanguage(lang: Lang): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lang];
}

export { LANGUAGES, LANGUAGE_NAMES, isLang, type Lang } from './languages';
