/**
 * Hostile lesson files (issue 16, point 3; docs/hostile-input.md): each case of the table goes
 * through readLessonFile, and those small enough through decodeInlineLesson too, with the same
 * outcome. Nothing throws, the expected message names the field, no prototype gains, loses or
 * changes a property, and no payload runs. A case that hangs fails by the test timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLessonFile } from '../../src/lessons/file';
import { MAX_INLINE_LESSON_LENGTH, decodeInlineLesson } from '../../src/lessons/inline';
import type { Lesson } from '../../src/lessons/types';
import { validateLesson, type LessonError } from '../../src/lessons/validate';
import { rawLesson } from '../arbitraries/lesson';
import { hostileText } from '../hostile-round2/hostile-text';
import { toWellFormed } from '../../src/scenario/text';
import { minimalLesson, type Json } from './lesson-fixtures';
import { guardPrototypes } from '../prototype-guard';

/** What a case expects: an error at a path with a message, or a lesson that satisfies `holds`. */
type Expected = { path: string; message: string | RegExp } | { holds: (lesson: Lesson) => void };

interface HostileLessonCase {
  name: string;
  /** The file's text; or the lesson, put into a well-formed file (and into a link). */
  input: { text: string } | { lesson: unknown };
  expected: Expected;
}

/** The minimal lesson with its first step changed. */
function withStep(change: Json): Json {
  const lesson = minimalLesson();
  lesson.steps = [{ ...(lesson.steps as Json[])[0], ...change }];
  return lesson;
}

/** A prediction with `choices` and `answer`. */
const prediction = (choices: number, answer: unknown): Json => ({
  question: { en: 'Q?' },
  choices: Array.from({ length: choices }, (_, i) => ({ en: `choice ${i}` })),
  answer,
  explanation: { en: 'E.' },
});

const fileOf = (lesson: unknown) =>
  JSON.stringify({ format: 'descent-lesson', version: 1, lesson });

/** The case of a first step whose link is `link`: the error `message` at that link. */
const badLink = (name: string, link: string, message: string): HostileLessonCase => ({
  name,
  input: { lesson: withStep({ link }) },
  expected: { path: 'steps[0].link', message },
});

const PWN = 'window.__pwned=1';
const MARKUP = `<script>${PWN}</script><img src=x onerror="${PWN}"><a href="javascript:${PWN}">x</a> [y](javascript:${PWN})`;

const CASES: HostileLessonCase[] = [
  {
    name: 'not JSON',
    input: { text: 'lesson: yes' },
    expected: { path: '', message: /^This is not valid JSON: / },
  },
  {
    name: 'a 10 MB file',
    input: { text: `{"a": "${'x'.repeat(10_000_000)}"}` },
    expected: { path: '', message: 'The file is too large for a lesson: 10,000,009 characters' },
  },
  {
    name: 'nesting 10⁵ deep as the lesson',
    input: {
      text: `{"format": "descent-lesson", "version": 1, "lesson": ${'['.repeat(1e5)}${']'.repeat(1e5)}}`,
    },
    expected: {
      path: 'lesson',
      message:
        'must be a lesson: a JSON object with an id, a title and steps, got a list of 1 item',
    },
  },
  {
    name: 'nesting 10⁵ deep inside a text',
    input: {
      text: fileOf({ ...minimalLesson(), title: 'TITLE' }).replace(
        '"TITLE"',
        `${'{"en":'.repeat(1e5)}"x"${'}'.repeat(1e5)}`,
      ),
    },
    expected: {
      path: 'lesson.title.en',
      message: 'must be text (in double quotes), got an object',
    },
  },
  {
    name: '__proto__ as a field of the lesson',
    input: {
      text: fileOf(minimalLesson()).replace('"id":', '"__proto__": {"polluted": true}, "id":'),
    },
    expected: {
      path: 'lesson.__proto__',
      message: 'is not allowed: JavaScript gives this name a meaning of its own',
    },
  },
  {
    name: '__proto__ as a language',
    input: {
      text: fileOf(minimalLesson()).replace(
        '"title":{',
        '"title":{"__proto__": {"polluted": true},',
      ),
    },
    expected: { path: 'lesson.title.__proto__', message: 'is not a language Descent knows' },
  },
  {
    name: 'constructor.prototype in a step',
    input: { lesson: withStep({ constructor: { prototype: { polluted: true } } }) },
    expected: { path: 'steps[0].constructor', message: 'is not allowed' },
  },
  {
    name: 'a dotted key reaching for a prototype',
    input: {
      lesson: {
        ...minimalLesson(),
        '__proto__.hasOwnProperty': 1,
        'constructor.prototype.toString': 2,
      },
    },
    expected: { path: 'lesson."__proto__.hasOwnProperty"', message: 'is not a field of a lesson' },
  },
  {
    name: 'an id that is a path',
    input: { lesson: { ...minimalLesson(), id: '../../etc/passwd' } },
    expected: { path: 'id', message: 'must be 1 to 64 lowercase letters' },
  },
  {
    name: 'a number as the id',
    input: { lesson: { ...minimalLesson(), id: 5 } },
    expected: { path: 'id', message: 'got 5' },
  },
  {
    name: 'true as the title',
    input: { lesson: { ...minimalLesson(), title: true } },
    expected: {
      path: 'title',
      message: 'must be a text in en or zh (or both), like {"en": "…", "zh": "…"}, got true',
    },
  },
  {
    name: 'text as the steps',
    input: { lesson: { ...minimalLesson(), steps: 'many' } },
    expected: { path: 'steps', message: 'must be a list of 1 to 200 steps, got the text "many"' },
  },
  {
    name: 'null as a step’s text',
    input: { lesson: withStep({ text: null }) },
    expected: { path: 'steps[0].text', message: 'got null' },
  },
  {
    name: 'a number as a link',
    input: { lesson: withStep({ link: 42 }) },
    expected: { path: 'steps[0].link', message: 'got 42' },
  },
  {
    name: 'a list as a task',
    input: { lesson: withStep({ task: [] }) },
    expected: {
      path: 'steps[0].task',
      message: 'must be a task: a JSON object with a prompt and a condition, got a list of 0 items',
    },
  },
  {
    name: '"NaN" as the answer',
    input: { lesson: withStep({ prediction: prediction(2, 'NaN') }) },
    expected: { path: 'steps[0].prediction.answer', message: 'got the text "NaN"' },
  },
  {
    name: '"Infinity" as the answer',
    input: { lesson: withStep({ prediction: prediction(2, 'Infinity') }) },
    expected: {
      path: 'steps[0].prediction.answer',
      message: 'counted from 0 (0 or 1), got the text "Infinity"',
    },
  },
  {
    name: '1e308 as the answer',
    input: {
      text: fileOf(withStep({ prediction: prediction(2, 0) })).replace(
        '"answer":0',
        '"answer":1e999',
      ),
    },
    expected: { path: 'lesson.steps[0].prediction.answer', message: 'got Infinity' },
  },
  {
    name: '"Infinity" as the version',
    input: { text: '{"format": "descent-lesson", "version": "Infinity", "lesson": {}}' },
    expected: { path: 'version', message: 'must be 1, got the text "Infinity"' },
  },
  {
    name: '100,000 steps',
    input: { lesson: { ...minimalLesson(), steps: new Array(100_000).fill(0) } },
    expected: { path: 'steps', message: 'must hold 1 to 200 items, got 100,000' },
  },
  {
    name: '100,000 choices',
    input: {
      lesson: withStep({
        prediction: { ...prediction(2, 0), choices: new Array(100_000).fill(0) },
      }),
    },
    expected: {
      path: 'steps[0].prediction.choices',
      message: 'must hold 2 to 4 items, got 100,000',
    },
  },
  {
    name: '50,000 unknown fields',
    input: {
      lesson: Object.fromEntries([
        ...Object.entries(minimalLesson()),
        ...Array.from({ length: 50_000 }, (_, i) => [`f${i}`, i]),
      ]),
    },
    expected: { path: '', message: 'and 49,950 more not listed' },
  },
  badLink('a javascript: link', `javascript:${PWN}`, 'not a whole address'),
  badLink('a data: link', 'data:text/html,<script>1</script>', 'not a whole address'),
  badLink(
    'a whole URL on another host',
    'https://evil.example/?v=1&o=gd(lr=0.1)',
    'not a whole address',
  ),
  badLink('a protocol-relative URL', '//evil.example/?v=1', 'not a whole address'),
  badLink(
    'a link the decoder would change',
    'v=1&n=1000000000',
    'does not open exactly as written: n: must be at least 1 and at most 1000000',
  ),
  badLink('a link opening another lesson', 'v=1&lesson=other', 'a step cannot open another lesson'),
  badLink(
    'a link carrying another lesson (lessonData=)',
    'v=1&lessonData=1.e30',
    'holds "lessonData=…", which a step’s link cannot set',
  ),
  badLink(
    'a link with an ANSI escape',
    'v=1&\u001b[2J=1',
    'control or invisible character (U+001B) at character 5',
  ),
  {
    name: 'a condition that is code',
    input: {
      lesson: withStep({
        task: { prompt: { en: 'P' }, condition: "constructor.constructor('alert(1)')()" },
      }),
    },
    expected: { path: 'steps[0].task.condition', message: /^at character \d+: / },
  },
  {
    name: 'a condition of 10⁵ characters',
    input: {
      lesson: withStep({
        task: { prompt: { en: 'P' }, condition: 'run 1 steps > 0 and '.repeat(5000) },
      }),
    },
    expected: { path: 'steps[0].task.condition', message: 'at most 500 characters' },
  },
  {
    name: 'Markdown with <script>, <img onerror> and javascript: links, kept as text',
    input: { lesson: withStep({ text: { en: MARKUP } }) },
    expected: { holds: (lesson) => expect(lesson.steps[0]!.text.en).toBe(MARKUP) },
  },
  {
    name: 'a spreadsheet formula as a title, kept as text',
    input: { lesson: { ...minimalLesson(), title: { en: '=HYPERLINK("http://x","y")' } } },
    expected: { holds: (lesson) => expect(lesson.title.en).toBe('=HYPERLINK("http://x","y")') },
  },
  {
    name: 'bidi overrides and control characters, dropped',
    input: {
      lesson: {
        ...minimalLesson(),
        title: { en: 'safe\u202egnp.exe\u0000\u001b[2J\u2066x\u2069' },
      },
    },
    expected: { holds: (lesson) => expect(lesson.title.en).toBe('safegnp.exe[2Jx') },
  },
  {
    name: 'lone surrogates, made U+FFFD',
    input: { text: fileOf(minimalLesson()).replace('A tiny lesson', 'a\\ud800b\\udfffc') },
    expected: { holds: (lesson) => expect(lesson.title.en).toBe('a\ufffdb\ufffdc') },
  },
  {
    name: 'a prediction with 5 choices',
    input: { lesson: withStep({ prediction: prediction(5, 0) }) },
    expected: { path: 'steps[0].prediction.choices', message: 'must hold 2 to 4 items, got 5' },
  },
  {
    name: 'an answer out of range',
    input: { lesson: withStep({ prediction: prediction(4, 4) }) },
    expected: {
      path: 'steps[0].prediction.answer',
      message: 'counted from 0 (0, 1, 2 or 3), got 4',
    },
  },
  {
    name: 'a negative answer',
    input: { lesson: withStep({ prediction: prediction(2, -1) }) },
    expected: { path: 'steps[0].prediction.answer', message: 'got -1' },
  },
  {
    name: 'an unknown language',
    input: { lesson: { ...minimalLesson(), title: { en: 'Hi', de: 'Hallo' } } },
    expected: { path: 'title.de', message: 'is not a language Descent knows' },
  },
  {
    name: 'version 2',
    input: {
      text: '{"format": "descent-lesson", "version": 2, "lesson": {"steps": "a version 2 shape"}}',
    },
    expected: { path: 'version', message: 'this lesson was made by a newer Descent' },
  },
  {
    name: 'the format missing',
    input: { text: JSON.stringify({ version: 1, lesson: minimalLesson() }) },
    expected: { path: 'format', message: 'is missing: this is not a lesson file' },
  },
  {
    name: 'a getter-shaped key, as plain data',
    input: { text: fileOf(minimalLesson()).replace('"id":', '"get id": 1, "id":') },
    expected: { path: 'lesson."get id"', message: 'is not a field of a lesson' },
  },
];

guardPrototypes();

type Outcome = { lesson: Lesson } | { errors: LessonError[] };

function expectOutcome(result: Outcome, expected: Expected, filePaths: boolean): void {
  if ('holds' in expected) {
    expect('errors' in result ? result.errors : []).toEqual([]);
    if ('lesson' in result) expected.holds(result.lesson);
    return;
  }
  expect('errors' in result, 'expected errors, got a lesson').toBe(true);
  if (!('errors' in result)) return;
  // A lesson's fields are named from the file (`lesson.id`) or from the lesson (`id`).
  const path =
    filePaths || expected.path === '' ? expected.path : expected.path.replace(/^lesson\.?/, '');
  const found = result.errors.some(
    (e) =>
      e.path === path &&
      (typeof expected.message === 'string'
        ? e.message.includes(expected.message)
        : expected.message.test(e.message)),
  );
  expect(
    found,
    `${path}: ${String(expected.message)} in ${JSON.stringify(result.errors.slice(0, 5), null, 1)}`,
  ).toBe(true);
}

/** The file path of a case given as a lesson: the lesson's own path under `lesson`. */
function inFile(expected: Expected): Expected {
  if ('holds' in expected || expected.path === '') return expected;
  return {
    ...expected,
    path: expected.path.startsWith('lesson') ? expected.path : `lesson.${expected.path}`,
  };
}

describe('hostile lesson files (readLessonFile)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const text = 'text' in c.input ? c.input.text : fileOf(c.input.lesson);
    let result: Outcome | undefined;
    expect(() => (result = readLessonFile(text))).not.toThrow();
    expectOutcome(result!, 'text' in c.input ? c.expected : inFile(c.expected), true);
  });
});

describe('hostile lessons in a link (decodeInlineLesson): the same outcome as the file', () => {
  const inline = CASES.flatMap((c) => {
    if (!('lesson' in c.input)) return [];
    const value = `1.${Buffer.from(JSON.stringify(c.input.lesson), 'utf8').toString('base64url')}`;
    return value.length <= MAX_INLINE_LESSON_LENGTH ? [[c.name, value, c.expected] as const] : [];
  });

  it('covers most cases', () => {
    expect(inline.length).toBeGreaterThan(25);
  });

  it.each(inline)('%s', (_, value, expected) => {
    expectOutcome(decodeInlineLesson(value), expected, false);
  });
});

describe('validateLesson on anything at all (fast-check)', () => {
  it('never throws on arbitrary JSON values, nor on any value fast-check makes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything({
            withNullPrototype: true,
            withMap: true,
            withSet: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
          }),
        ),
        (value) => {
          const result = validateLesson(value);
          expect('errors' in result || 'lesson' in result).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid lesson with one field replaced by any JSON value', () => {
    const fieldPaths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => {
            const key = Array.isArray(value) ? Number(k) : k;
            return [[...prefix, key], ...fieldPaths(v, [...prefix, key])];
          })
        : [];
    fc.assert(
      fc.property(rawLesson, fc.nat(), fc.jsonValue(), (raw, pick, replacement) => {
        const lesson = structuredClone(raw) as Json;
        const paths = fieldPaths(lesson);
        const path = paths[pick % paths.length]!;
        let holder: Record<string | number, unknown> = lesson;
        for (const key of path.slice(0, -1))
          holder = holder[key] as Record<string | number, unknown>;
        holder[path.at(-1)!] = replacement;
        const result = validateLesson(lesson);
        expect('errors' in result || 'lesson' in result).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the messages quote', () => {
  // Controls, line separators, bidi controls, lone surrogates (docs/hostile-input.md).
  const UNSAFE =
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('is one line, well-formed, without bidi controls, and short, whatever the keys and values (fast-check)', () => {
    const hostile = fc.oneof(
      hostileText(),
      hostileText().map((t) => t.repeat(500)),
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.boolean(), (key, value, link, encode) => {
        // Percent-encoded, a bidi control or newline reaches the decoder and its notices.
        const query = encode ? encodeURIComponent(toWellFormed(link)) : link;
        const lesson = withStep({ [key]: value, link: `v=1&${query}=1`, title: value });
        Object.assign(lesson, { [key]: value, title: { [key]: value } });
        const result = validateLesson(lesson);
        const errors = 'errors' in result ? result.errors : [];
        expect(errors.length).toBeGreaterThan(0);
        for (const { path, message } of errors) {
          expect(path, JSON.stringify(path)).not.toMatch(UNSAFE);
          expect(message, JSON.stringify(message)).not.toMatch(UNSAFE);
          expect(path.length + message.length).toBeLessThan(600);
        }
      }),
      { numRuns: 200 },
    );
  });
});
