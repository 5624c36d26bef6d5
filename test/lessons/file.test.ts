/** Lesson files: reading as hostile input, writing in a stable form, and the round trip (docs/lessons.md, "The file"). */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LESSON_FILE_LENGTH, readLessonFile, writeLessonFile } from '../../src/lessons/file';
import type { Lesson } from '../../src/lessons/types';
import { formatLessonError, validateLesson } from '../../src/lessons/validate';
import { rawLesson } from '../arbitraries/lesson';
import {
  expectError,
  expectErrors,
  expectLesson,
  fullLesson,
  minimalLesson,
  type Json,
} from './lesson-fixtures';

const fileOf = (lesson: unknown, extra: Json = {}) =>
  JSON.stringify({ format: 'descent-lesson', version: 1, lesson, ...extra }, null, 2);

/** The one error of reading `text`. */
function onlyError(text: string) {
  const errors = expectErrors(readLessonFile(text));
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('writeLessonFile', () => {
  it('writes format, version and the lesson as two-space JSON ending with a newline', () => {
    const text = writeLessonFile(minimalLesson() as unknown as Lesson);
    expect(text).toBe(`${fileOf(minimalLesson())}\n`);
    expect(
      text.startsWith('{\n  "format": "descent-lesson",\n  "version": 1,\n  "lesson": {'),
    ).toBe(true);
  });

  it('writes the same bytes whatever order the lesson’s fields were built in', () => {
    const lesson = fullLesson();
    const shuffled = {
      steps: lesson.steps,
      author: lesson.author,
      summary: lesson.summary,
      title: { zh: '学习率', en: 'The learning rate' },
      id: lesson.id,
    };
    expect(writeLessonFile(shuffled as unknown as Lesson)).toBe(
      writeLessonFile(lesson as unknown as Lesson),
    );
  });

  it('leaves out optional fields that are absent, never writing null or undefined', () => {
    const text = writeLessonFile(minimalLesson() as unknown as Lesson);
    expect(text).not.toMatch(/null|undefined|summary|chapter/);
  });

  it('writes any lesson as JSON any reader accepts: lone surrogates as U+FFFD, bidi escaped', () => {
    const lesson = minimalLesson();
    lesson.title = { en: 'a\ud800b\u202ec' };
    const text = writeLessonFile(lesson as unknown as Lesson);
    expect(text).toContain('"en": "a\ufffdb\\u202ec"');
    expect(text).not.toMatch(/[\ud800\u202e]/);
  });
});

describe('readLessonFile', () => {
  it('reads what writeLessonFile wrote', () => {
    const lesson = expectLesson(validateLesson(fullLesson()));
    expect(expectLesson(readLessonFile(writeLessonFile(lesson)))).toEqual(lesson);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const text = `\uFEFF${fileOf(minimalLesson()).replace(/\n/g, '\r\n')}`;
    expect(expectLesson(readLessonFile(text))).toEqual(minimalLesson());
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const error = onlyError(`{${' '.repeat(MAX_LESSON_FILE_LENGTH)}`);
    expect(error).toEqual({
      path: '',
      message:
        'The file is too large for a lesson: 1,000,001 characters (at most 1,000,000, about 1 MB).',
    });
  });

  it('says where the JSON breaks, in plain words', () => {
    expect(onlyError('').message).toBe('The file is empty: a lesson file is JSON, starting with {');
    expect(onlyError('{"format": "descent-lesson",\n  "version": 1,\n}').message).toBe(
      'This is not valid JSON: line 3, column 1: expected a field name in double quotes (JSON allows no comma after the last item).',
    );
    expect(onlyError('{"a": "one\ntwo"}').message).toBe(
      'This is not valid JSON: line 1, column 11: a line break or tab inside a text is written \\n or \\t.',
    );
    expect(onlyError('{"a": [1, 2}').message).toMatch(
      /^This is not valid JSON: line 1, column 12: expected a comma or "\]"/,
    );
    expect(onlyError('{"a": 1').message).toBe(
      'This is not valid JSON: the file ends too early (a } or ] missing at the end?).',
    );
    expect(onlyError('{"a": NaN}').message).toMatch(
      /^This is not valid JSON: line 1, column 7: unexpected "N" \(text is written in double quotes; JSON has no comments, NaN or Infinity\)/,
    );
    // V8 gives no position for these; the place comes from json-error.ts.
    expect(onlyError('hello').message).toMatch(
      /^This is not valid JSON: line 1, column 1: unexpected "h"/,
    );
    expect(onlyError('{\n  // a comment\n  "a": 1\n}').message).toBe(
      'This is not valid JSON: line 2, column 3: expected a field name in double quotes (JSON has no comments).',
    );
    expect(onlyError('{} {}').message).toMatch(/there is more text after the end of the JSON/);
  });

  it('refuses a file that is not a lesson file, saying what it is', () => {
    expect(onlyError('[1, 2]')).toEqual({
      path: '',
      message: expect.stringMatching(
        /^must be a lesson file: a JSON object starting \{"format": "descent-lesson"/,
      ),
    });
    expect(onlyError('{"lesson": {}}')).toEqual({
      path: 'format',
      message: expect.stringMatching(/^is missing: this is not a lesson file/),
    });
    expect(
      onlyError('{"version": 1, "problem": {"type": "function"}, "optimizers": []}').message,
    ).toMatch(/it looks like a scenario file, which Share → Import opens$/);
    expect(onlyError('{"format": "descent-scenario"}')).toEqual({
      path: 'format',
      message:
        'must be "descent-lesson", got the text "descent-scenario": this is not a lesson file',
    });
  });

  it('refuses a newer version with a message saying so, without reading its lesson', () => {
    const error = onlyError(fileOf({ whatever: 'a version 2 lesson may hold' }, { version: 2 }));
    expect(error).toEqual({
      path: 'version',
      message:
        'is 2: this lesson was made by a newer Descent (this one reads lesson files of version 1). Open it in the newest Descent: reload the page to update.',
    });
  });

  it('refuses a missing or impossible version', () => {
    expect(
      onlyError(JSON.stringify({ format: 'descent-lesson', lesson: minimalLesson() })),
    ).toEqual({
      path: 'version',
      message: expect.stringMatching(/^is missing: a lesson file says which version/),
    });
    for (const version of [0, -1, 1.5, '1', 'Infinity', null])
      expect(onlyError(fileOf(minimalLesson(), { version }))).toEqual({
        path: 'version',
        message: expect.stringMatching(/^must be 1, got /),
      });
  });

  it('refuses unknown top-level fields and a missing lesson', () => {
    const errors = expectErrors(readLessonFile(fileOf(minimalLesson(), { lessons: [] })));
    expectError(errors, 'lessons', 'did you mean "lesson"?');
    expectError(
      expectErrors(readLessonFile(JSON.stringify({ format: 'descent-lesson', version: 1 }))),
      'lesson',
      'is missing',
    );
  });

  it('names a lesson’s errors by their path in the file', () => {
    const lesson = minimalLesson();
    lesson.id = 'Bad Id';
    const errors = expectErrors(readLessonFile(fileOf(lesson)));
    expectError(errors, 'lesson.id', 'must be 1 to 64 lowercase letters');
    expectError(expectErrors(readLessonFile(fileOf('a lesson'))), 'lesson', 'must be a lesson');
    const step = expectErrors(readLessonFile(fileOf({ ...minimalLesson(), steps: [{}] })));
    expectError(step, 'lesson.steps[0].title', 'is missing');
  });

  it('passes validation’s warnings on, by their path in the file', () => {
    const lesson = minimalLesson();
    (lesson.steps as Json[])[0]!.task = { prompt: { en: 'Do.' }, condition: 'run 5 steps > 0' };
    const result = readLessonFile(fileOf(lesson));
    expectLesson(result);
    expect('warnings' in result && result.warnings.map((w) => w.path)).toEqual([
      'lesson.steps[0].task.condition',
    ]);
  });
});

describe('the round trip', () => {
  it('writeLessonFile → readLessonFile is the identity on valid lessons, and writing is stable (fast-check)', () => {
    fc.assert(
      fc.property(rawLesson, (raw) => {
        const lesson = expectLesson(validateLesson(raw));
        const text = writeLessonFile(lesson);
        const read = expectLesson(readLessonFile(text));
        expect(read).toEqual(lesson);
        expect(writeLessonFile(read)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });
});

describe('docs/lessons.md', () => {
  const doc = readFileSync('docs/lessons.md', 'utf8');

  it('holds one complete example file, which reads as a lesson without warnings', () => {
    const blocks = [...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const result = readLessonFile(blocks[0]!);
    const lesson = expectLesson(result);
    expect('warnings' in result && result.warnings).toEqual([]);
    expect(
      lesson.steps.map((s) => Object.keys(s).filter((k) => !['title', 'text', 'link'].includes(k))),
    ).toEqual([['chapter', 'teacherNote'], ['prediction'], ['task']]);
    // Written as Descent writes it, but for the short objects kept on one line.
    expect(JSON.parse(writeLessonFile(lesson))).toEqual(JSON.parse(blocks[0]!));
  });

  it('quotes the messages validation gives', () => {
    const quoted = [...doc.matchAll(/^```text\n([\s\S]*?)^```$/gm)].flatMap((m) =>
      m[1]!.trim().split('\n'),
    );
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    const example = JSON.parse([...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)][0]![1]!) as Json;
    const lesson = example.lesson as Json;
    const steps = lesson.steps as Json[];
    const broken = {
      ...lesson,
      title: { en: 'x', fr: 'y' },
      steps: [
        { ...steps[0], teachersNote: {} },
        { ...steps[0], link: 'v=1&o=gd(lr=-1)' },
        { ...steps[2], task: { prompt: { en: 'p' }, condition: 'run 1 finalloss < 1' } },
        { ...steps[1], prediction: { ...(steps[1]!.prediction as Json), answer: 3 } },
      ],
    };
    const errors = expectErrors(readLessonFile(JSON.stringify({ ...example, lesson: broken })));
    expect(errors.map(formatLessonError).sort()).toEqual([...quoted].sort());
  });
});
