/**
 * The app's one translator (translator.ts), in a module of its own so that the English sections
 * loaded on demand (en-lab.ts and the others en.ts names in `English`) can add themselves to it
 * without importing index.ts, which imports en.ts, which names their types: no import cycle.
 * index.ts adds the initial English and re-exports both; everything else imports from there.
 */
import { Translator, type Bundle } from './translator';

export const i18n = new Translator('en', 'en');

/**
 * Adds a section of English that loads with the chunk of the panels that show it (docs/i18n.md,
 * "How languages load"). Its module calls this when it is evaluated, so the strings are in
 * before any of its panels renders.
 */
export function addEnglish(section: Bundle): void {
  i18n.addResourceBundle('en', 'translation', section);
}
