/**
 * A lesson's text in the language shown (docs/lessons.md, "Languages"): the built-in course has
 * every language; a teacher's lesson may have only the one it was written in, which is then shown
 * whatever the app's language, rather than nothing. Pure.
 */
import { LANGUAGES, type Lang } from '../i18n/languages';
import type { LocalText } from './types';

/** The text in `lang`, else in the first language that has it (English first); '' for none. */
export function textIn(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  const own = text[lang];
  if (own !== undefined) return own;
  for (const other of LANGUAGES) {
    const found = text[other];
    if (found !== undefined) return found;
  }
  return '';
}

/** The language `textIn` shows `text` in: `lang` when it has it (for the `lang` attribute). */
export function langOf(text: LocalText | undefined, lang: Lang): Lang {
  if (!text || text[lang] !== undefined) return lang;
  return LANGUAGES.find((other) => text[other] !== undefined) ?? lang;
}
