/**
 * The checks a lesson's fields are made of: text in the app's languages (LocalText), one-language
 * text, whole numbers. Each reads one field of a hostile value, records an error naming the field
 * and why when it is wrong, and returns the cleaned value or undefined. Nothing here throws.
 */
import { LANGUAGES, isLang, type Lang } from '../../i18n/languages';
import type { LocalText } from '../types';
import { at, type LessonErrors } from './errors';
import { readFields } from './read';
import { cleanText, describeValue } from './text';

/** "en or zh", as messages name the languages. */
const LANGUAGE_LIST = LANGUAGES.join(' or ');

/** Text of at most `max` characters, cleaned (text.ts), not empty; undefined with an error otherwise. */
export function readText(
  errors: LessonErrors,
  value: unknown,
  path: string,
  max: number,
): string | undefined {
  if (typeof value !== 'string') {
    errors.add(path, `must be text (in double quotes), got ${describeValue(value)}`);
    return undefined;
  }
  const text = cleanText(value);
  if (text.trim() === '') {
    errors.add(path, 'is empty: write the text, or leave the field out where it is optional');
    return undefined;
  }
  if (text.length > max) {
    errors.add(
      path,
      `is ${text.length.toLocaleString('en')} characters long (at most ${max.toLocaleString('en')})`,
    );
    return undefined;
  }
  return text;
}

/**
 * A text in one or more of the app's languages, `{"en": "…", "zh": "…"}`: at least one known
 * language, no other key, each text as readText checks it. The result lists the languages in
 * the app's order.
 */
export function readLocalText(
  errors: LessonErrors,
  value: unknown,
  path: string,
  max: number,
): LocalText | undefined {
  if (typeof value === 'string') {
    errors.add(
      path,
      `must name its language, like {"en": ${JSON.stringify(cleanText(value.slice(0, 20)))}}, got ${describeValue(value)}`,
    );
    return undefined;
  }
  const fields = readFields(
    errors,
    value,
    path,
    `a text in ${LANGUAGE_LIST} (or both), like {"en": "…", "zh": "…"}`,
  );
  if (!fields) return undefined;
  let ok = true;
  for (const key of fields.keys()) {
    if (isLang(key)) continue;
    ok = false;
    const hint = /^zh[-_]/i.test(key)
      ? ` (write "zh" for Chinese)`
      : /^en[-_]/i.test(key)
        ? ` (write "en" for English)`
        : '';
    errors.add(
      at(path, key),
      `is not a language Descent knows${hint}: a text may be in ${LANGUAGES.map((l) => `"${l}"`).join(' and ')}`,
    );
  }
  const text: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGES) {
    if (!fields.has(lang)) continue;
    const checked = readText(errors, fields.get(lang), at(path, lang), max);
    if (checked === undefined) ok = false;
    else text[lang] = checked;
  }
  if (ok && Object.keys(text).length === 0) {
    errors.add(path, `must hold the text in at least one language: ${LANGUAGE_LIST}`);
    return undefined;
  }
  return ok ? text : undefined;
}

/** A whole number in [min, max]; undefined with an error otherwise. */
export function readWholeNumber(
  errors: LessonErrors,
  value: unknown,
  path: string,
  range: { min: number; max: number },
  expected: string,
): number | undefined {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < range.min ||
    value > range.max
  ) {
    errors.add(path, `must be ${expected}, got ${describeValue(value)}`);
    return undefined;
  }
  return value;
}
