/**
 * The words of the exported scripts: every comment and printed label, one table per language
 * (comments-en.ts, comments-zh.ts, the Chinese typed by the English keys so that a missing
 * translation does not compile). `{name}` in a text is filled from the parameters.
 */
import { EN } from './comments-en';
import { ZH } from './comments-zh';

/** The languages a script's comments can be written in (the app's languages). */
export const CODE_LANGUAGES = ['en', 'zh'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export type CommentKey = keyof typeof EN;

/** The text of a key in the script's language, its `{placeholders}` filled. */
export type Say = (key: CommentKey, params?: Readonly<Record<string, string | number>>) => string;

const TABLES: Record<CodeLanguage, Record<CommentKey, string>> = { en: EN, zh: ZH };

/** The `Say` of a language. */
export function sayer(language: CodeLanguage): Say {
  const table = TABLES[language];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
