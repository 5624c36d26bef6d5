/**
 * Which reader a dropped file goes to (docs/lessons.md, "Opening a lesson"): a lesson file, a
 * scenario file (the one Share → Import reads), or something Descent does not open. Decided from
 * the file's name, its type and its first few kilobytes, never from all of it: a file is input
 * from outside and may be large (issue 16). Pure: no DOM, no File.
 */

/** What a dropped file is taken for. */
export type DroppedKind = 'lesson' | 'scenario' | 'other';

/** How much of a file's start `kindOf` looks at: a lesson file says its format in its first line. */
export const HEAD_LENGTH = 4096;

/** The name Descent gives a lesson file, as docs/lessons.md suggests: `learning-rate.descent-lesson.json`. */
const LESSON_NAME = /\.descent-lesson\.json$/i;

/** A JSON key in the head (with its quotes: inside a JSON string the quotes would be escaped). */
const key = (name: string) => new RegExp(`"${name}"\\s*:`);

/**
 * The kind of a file from its `name`, media `type` and `head` (its first HEAD_LENGTH characters).
 * What the content says first, then the name, so that a scenario saved under a lesson's name
 * still opens as the scenario it is:
 * - `"format": "descent-lesson"` → a lesson (of any version: its reader says which it reads);
 * - a scenario's own keys (`optimizers`, `problem`) → a scenario;
 * - named `*.descent-lesson.json`, or a `format` or `lesson` key → a lesson (its reader says
 *   what is wrong, in a lesson's terms);
 * - named `*.json`, typed JSON, or starting like JSON → a scenario (its reader is lenient: an
 *   older or damaged scenario still opens, as Share → Import opens it);
 * - anything else (an image, a CSV, a text) → other, opened by neither.
 */
export function kindOf(name: string, type: string, head: string): DroppedKind {
  const text = head.replace(/^\uFEFF/, '');
  if (/"format"\s*:\s*"descent-lesson"/.test(text)) return 'lesson';
  if (key('optimizers').test(text) || key('problem').test(text)) return 'scenario';
  if (LESSON_NAME.test(name) || key('format').test(text) || key('lesson').test(text))
    return 'lesson';
  if (/\.json$/i.test(name) || /[/+]json\b/i.test(type) || /^\s*[{[]/.test(text)) return 'scenario';
  return 'other';
}
