/**
 * Descent's translations (docs/i18n.md): one translator (translator.ts: the part of i18next that
 * Descent used, in a flat map per language; the instance is in instance.ts), given here the first
 * view's English, which is bundled (the default and the fallback); the English of panels the first
 * view does not show adds itself when their chunks load. Chinese is a chunk of its own, added by
 * load.ts when it is first shown (docs/i18n.md, "How languages load"). The store's `lang` is the language shown; store-sync.ts
 * makes the translator and `<html lang>` follow it, changing the store's `lang` only once that
 * language's strings are loaded.
 *
 * - Components call `useT()`, so they re-render when the language changes. Pure helpers that make
 *   UI text call `t` directly; they are called from components that use `useT()`, which re-render
 *   them.
 * - Keys are checked by TypeScript: `t('timeline.play')` compiles, a misspelt key does not
 *   (`TranslationKey`, below), the on-demand sections' keys included. zh.ts must have exactly
 *   English's keys, initial and on demand (its type says so).
 * - Interpolation is `{{name}}`, unescaped (React escapes). Plurals use `_one`/`_other` suffixes
 *   with `count`; Chinese has no plural forms, so its `_one` and `_other` read the same (both are
 *   kept, so the two languages have the same keys).
 * - Numbers are formatted as before, in every language (the house formatters in src/ui, src/plot).
 */
import { useSyncExternalStore } from 'react';
import { en, type English } from './en';
import { HTML_LANG, type Lang } from './languages';
import type { LessonEditorForm } from './lesson-editor';
import { i18n, addEnglish } from './instance';
import type { TranslateOptions } from './translator';

/**
 * Every string's shape: English's, the sections that load with their panels' chunks included
 * (`English`, en.ts), with the lesson editor's (added when its chunk loads).
 */
type Resources = English & { lessonEditorForm: LessonEditorForm };

/** The dotted paths to the strings of `T`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A plural form's key is also asked for without its suffix (`count` chooses the form). */
type WithPluralBases<K> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base | K : K;

/** Every key `t` takes. */
export type TranslationKey = WithPluralBases<Leaves<Resources>>;

/** A translation function: a known key, with interpolation values and `count` for plurals. */
export type TFunction = (key: TranslationKey, options?: TranslateOptions) => string;

// The translator lives in instance.ts, which the on-demand English sections import (to add
// themselves) without importing this module: it imports en.ts, which names their types.
export { i18n, addEnglish };
i18n.addResourceBundle('en', 'translation', en);

/** Translates a key in the current language (for pure helpers; components use `useT`). */
export const t: TFunction = i18n.t;

const subscribe = (listener: () => void) => {
  i18n.on('languageChanged', listener);
  return () => i18n.off('languageChanged', listener);
};
const languageNow = () => i18n.language;

/**
 * The `t` of a component, re-rendering it when the language changes (the `t` is a new function
 * then, so memoised work that depends on `t` is redone).
 */
export function useT(): TFunction {
  return i18n.getFixedT(useSyncExternalStore(subscribe, languageNow, languageNow));
}

/** The language shown now. */
export function currentLang(): Lang {
  return i18n.language === 'zh' ? 'zh' : 'en';
}

/**
 * Shows the app in `lang`, whose strings must be loaded (load.ts): the translator's language and the
 * page's `<html lang>`.
 */
export function applyLanguage(lang: Lang): void {
  void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lang];
}

export { LANGUAGES, LANGUAGE_NAMES, isLang, type Lang } from './languages';
