/**
 * The languages Descent speaks and how the one shown is chosen: the link's `lang` wins, else the
 * browser's preferred languages (any Chinese variant gives 简体中文), else English. Pure, so that
 * the choice is tested apart from the browser and from the translator.
 */

/** The languages offered, English first (the default and the fallback). */
export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The picker's text for each language, each in its own script. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'EN', zh: '中文' };

/**
 * The line shown while a language's strings load before the first render (main.tsx), in that
 * language: a Chinese reader sees Chinese from the first paint, never an English flash. English
 * is bundled and never loads.
 */
export const LOADING_TEXT: Readonly<Record<Lang, string>> = {
  en: 'Loading…',
  zh: '正在加载中文界面…',
};

/**
 * The line shown while the numerics of a model a link names load before the first render
 * (main.tsx, ModelLoading), in the link's language: that language's strings may still be loading
 * too, so it cannot come from the translator. Also the translations' `models.codeLoading`, the
 * same line later in the page (src/state/kinds-gate.ts).
 */
export const MODEL_LOADING_TEXT: Readonly<Record<Lang, string>> = {
  en: 'Loading the model…',
  zh: '正在加载模型…',
};

/** The BCP 47 tag of `<html lang>` for each language. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-Hans' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of the browser's preferences (`navigator.languages`): Chinese when any of them is
 * Chinese (zh, zh-CN, zh-Hans, zh-TW, …), since that is the only other language offered and a
 * reader who lists it reads it; otherwise English.
 */
export function browserLanguage(preferred: readonly string[] | undefined): Lang {
  const chinese = (preferred ?? []).some((tag) => tag.toLowerCase().split(/[-_]/)[0] === 'zh');
  return chinese ? 'zh' : 'en';
}

/** The language shown: the link's if it names one we speak, else the browser's, else English. */
export function resolveLanguage(
  fromLink: string | null | undefined,
  preferred: readonly string[] | undefined,
): Lang {
  return isLang(fromLink) ? fromLink : browserLanguage(preferred);
}

/**
 * The language a page opened at `query` shows: its `lang` field's (src/url/view-fields.ts), else
 * the browser's. Read before the link is decoded, by the start-up line and by a link whose model
 * cannot be loaded.
 */
export function languageOfLink(query: string, preferred: readonly string[] | undefined): Lang {
  return resolveLanguage(new URLSearchParams(query).get('lang'), preferred);
}

/** The preferences of a browser (`navigator`); none outside a browser (tests, the CLI). */
export function navigatorLanguages(
  nav: Pick<Navigator, 'languages' | 'language'> | undefined = globalThis.navigator,
): readonly string[] {
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}
