/**
 * A lesson as a file (docs/lessons.md, "The file"): `{"format": "descent-lesson", "version": 1,
 * "lesson": {…}}`, pretty JSON in a stable key order, read as hostile input: the size is checked
 * before parsing, JSON errors are told in plain words with the line and column, a file of a newer
 * format version is refused with a message saying so (never guessed at), and the lesson goes
 * through validateLesson. Pure; the UI only reads the file's text.
 */
import { clip } from '../scenario/text';
import { jsonErrorPlace } from '../scenario/json-error';
import { jsonText } from '../export/safe-text';
import { LESSON_FORMAT, LESSON_VERSION, type Lesson, type LessonFile } from './types';
import { LessonErrors, type LessonError } from './format/errors';
import { canonicalLesson } from './format/canonical';
import { checkKnownFields, readFields } from './format/read';
import { describeValue } from './format/text';
import { readLessonInto } from './validate';

/** Files longer than this are refused before parsing: a 200-step lesson in two languages is ~300 kB. */
export const MAX_LESSON_FILE_LENGTH = 1_000_000;

/** The fields of a lesson file, in the order it is written. */
const FILE_FIELDS = ['format', 'version', 'lesson'] as const;

/** A lesson read from a file, with warnings; or why the file holds none. */
export type LessonFileResult =
  { lesson: Lesson; warnings: LessonError[] } | { errors: LessonError[] };

const fail = (message: string, path = ''): LessonFileResult => ({ errors: [{ path, message }] });

/** The lesson of a file's text, or every error (paths as in the file: `lesson.steps[2].title`). */
export function readLessonFile(text: string): LessonFileResult {
  if (text.length > MAX_LESSON_FILE_LENGTH)
    return fail(
      `The file is too large for a lesson: ${text.length.toLocaleString('en')} characters (at most ${MAX_LESSON_FILE_LENGTH.toLocaleString('en')}, about 1 MB).`,
    );
  let data: unknown;
  try {
    // A byte-order mark (Windows Notepad writes one) is not JSON, but is no reason to refuse.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(jsonErrorMessage(text.replace(/^\uFEFF/, ''), error));
  }
  const errors = new LessonErrors();
  const fields = readFields(
    errors,
    data,
    '',
    `a lesson file: a JSON object starting {"format": "${LESSON_FORMAT}", "version": ${LESSON_VERSION}, …}`,
  );
  if (!fields) return { errors: errors.list };

  const format = fields.get('format');
  if (format !== LESSON_FORMAT) {
    const scenario = fields.has('optimizers') || fields.has('problem');
    return fail(
      format === undefined
        ? `is missing: this is not a lesson file (a lesson file holds "format": "${LESSON_FORMAT}")${scenario ? '; it looks like a scenario file, which Share → Import opens' : ''}`
        : `must be "${LESSON_FORMAT}", got ${describeValue(format)}: this is not a lesson file`,
      'format',
    );
  }
  const version = fields.get('version');
  if (typeof version === 'number' && Number.isInteger(version) && version > LESSON_VERSION)
    return fail(
      `is ${version}: this lesson was made by a newer Descent (this one reads lesson files of version ${LESSON_VERSION}). Open it in the newest Descent: reload the page to update.`,
      'version',
    );
  if (version !== LESSON_VERSION)
    return fail(
      version === undefined
        ? `is missing: a lesson file says which version of the format it is written in ("version": ${LESSON_VERSION})`
        : `must be ${LESSON_VERSION}, got ${describeValue(version)}`,
      'version',
    );

  checkKnownFields(errors, fields, FILE_FIELDS, '', 'a lesson file');
  if (!fields.has('lesson')) {
    errors.add('lesson', 'is missing: the lesson itself, {"id": …, "title": …, "steps": […]}');
    return { errors: errors.list };
  }
  const warnings = new LessonErrors();
  const lesson = readLessonInto(
    errors.under('lesson'),
    warnings.under('lesson'),
    fields.get('lesson'),
  );
  return lesson && errors.empty ? { lesson, warnings: warnings.list } : { errors: errors.list };
}

/**
 * The file of a lesson: two-space indented JSON, keys in a stable order (canonical.ts), ending
 * with a newline; every string well-formed and bidi or control characters escaped
 * (src/export/safe-text.ts jsonText), so any lesson writes a file any JSON reader accepts. It
 * does not validate: save what validateLesson returned.
 */
export function writeLessonFile(lesson: Lesson): string {
  const file: LessonFile = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    lesson: canonicalLesson(lesson),
  };
  return `${jsonText(file, 2)}\n`;
}

/** V8's JSON.parse messages a hand-written file most often gets, in a teacher's words. */
const JSON_PHRASES: readonly [RegExp, string][] = [
  [
    /^Bad control character in string literal/,
    'a line break or tab inside a text is written \\n or \\t',
  ],
  [/^Unterminated string/, 'a text is not closed with a double quote'],
  [
    /^Expected double-quoted property name/,
    'expected a field name in double quotes (JSON allows no comma after the last item)',
  ],
  [
    /^Expected property name or '}'/,
    'expected a field name in double quotes (JSON has no comments)',
  ],
  [
    /^Unexpected non-whitespace character after JSON/,
    'there is more text after the end of the JSON',
  ],
  [
    /^Expected ',' or '([}\]])'.*$/s,
    'expected a comma or "$1" (a comma missing between two items?)',
  ],
  [
    /^Unexpected token '(.{1,2})'.*$/s,
    'unexpected "$1" (text is written in double quotes; JSON has no comments, NaN or Infinity)',
  ],
];

/**
 * JSON.parse's error in plain words, with the line and column (from the position V8 reports):
 * `This is not valid JSON: line 3, column 14: a text is not closed with a double quote.`
 */
function jsonErrorMessage(text: string, error: unknown): string {
  if (text.trim() === '') return 'The file is empty: a lesson file is JSON, starting with {';
  const raw = error instanceof Error ? error.message : String(error);
  // The place from our own scanner (json-error.ts): V8 gives a position only for some errors.
  const place = jsonErrorPlace(text.replace(/^\uFEFF/, ''));
  if (/Unexpected end of JSON input|end of data/i.test(raw) || place?.atEnd)
    return 'This is not valid JSON: the file ends too early (a } or ] missing at the end?).';
  const bare = raw
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '');
  const phrase = JSON_PHRASES.find(([pattern]) => pattern.test(bare));
  const said = clip(phrase ? bare.replace(phrase[0], phrase[1]) : bare, 120);
  if (!place) return `This is not valid JSON: ${said}.`;
  return `This is not valid JSON: line ${place.line}, column ${place.column}: ${said}.`;
}
