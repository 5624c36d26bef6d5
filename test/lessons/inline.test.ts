/** Short lessons in a link (docs/lessons.md, "A lesson in a link"): the value's form, its limit, the round trip, damage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_INLINE_LESSON_LENGTH,
  decodeInlineLesson,
  encodeInlineLesson,
} from '../../src/lessons/inline';
import type { Lesson } from '../../src/lessons/types';
import { validateLesson } from '../../src/lessons/validate';
import { rawLesson } from '../arbitraries/lesson';
import {
  expectError,
  expectErrors,
  expectLesson,
  fullLesson,
  minimalLesson,
  type Json,
} from './lesson-fixtures';

const valid = (raw: Json): Lesson => expectLesson(validateLesson(raw));

/** `1.` and base64url of `json`: a value as a hand-made link would hold it. */
const valueOf = (json: string, version = '1') =>
  `${version}.${Buffer.from(json, 'utf8').toString('base64url')}`;

/** The one error of decoding `value`. */
function onlyError(value: string): string {
  const errors = expectErrors(decodeInlineLesson(value));
  expect(errors).toHaveLength(1);
  expect(errors[0]!.path).toBe('');
  return errors[0]!.message;
}

describe('encodeInlineLesson', () => {
  it('writes the version, a dot and base64url, which a URL carries as it is', () => {
    const value = encodeInlineLesson(valid(fullLesson()))!;
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(value)).toBe(value);
    expect(JSON.parse(Buffer.from(value.slice(2), 'base64url').toString('utf8'))).toEqual(
      fullLesson(),
    );
  });

  it('gives null for a lesson too long for a link, and a value at most MAX_INLINE_LESSON_LENGTH long otherwise', () => {
    const lesson = minimalLesson();
    const step = (lesson.steps as Json[])[0]!;
    // Base64 takes 4 characters per 3 bytes; a Chinese character is 3 bytes in UTF-8.
    let fits = 0;
    for (let n = 1000; n <= 1600; n += 1) {
      step.text = { zh: '学'.repeat(n) };
      const value = encodeInlineLesson(valid(lesson));
      if (value === null) break;
      expect(value.length).toBeLessThanOrEqual(MAX_INLINE_LESSON_LENGTH);
      fits = n;
    }
    expect(fits).toBeGreaterThan(1400);
    step.text = { zh: '学'.repeat(fits + 1) };
    expect(encodeInlineLesson(valid(lesson))).toBeNull();
    step.text = { zh: '学'.repeat(fits) };
    expect(encodeInlineLesson(valid(lesson))!.length).toBeGreaterThan(MAX_INLINE_LESSON_LENGTH - 4);
  });
});

describe('decodeInlineLesson', () => {
  it('reads what encodeInlineLesson wrote, Chinese and formulas included', () => {
    const lesson = valid(fullLesson());
    expect(expectLesson(decodeInlineLesson(encodeInlineLesson(lesson)!))).toEqual(lesson);
  });

  it('validates what it reads, like a file', () => {
    const errors = expectErrors(
      decodeInlineLesson(valueOf(JSON.stringify({ ...minimalLesson(), id: 'No' }))),
    );
    expectError(errors, 'id', 'must be 1 to 64 lowercase letters');
    const link = expectErrors(
      decodeInlineLesson(
        valueOf(
          JSON.stringify({
            ...minimalLesson(),
            steps: [{ title: { en: 'a' }, text: { en: 'b' }, link: 'javascript:alert(1)' }],
          }),
        ),
      ),
    );
    expectError(link, 'steps[0].link', 'not a whole address');
  });

  it('refuses a value longer than a link carries, before decoding it', () => {
    expect(onlyError(`1.${'A'.repeat(MAX_INLINE_LESSON_LENGTH)}`)).toMatch(
      /^The lesson in this link is too long \(6,002 characters, at most 6,000\)/,
    );
  });

  it('refuses a newer version, saying so', () => {
    expect(onlyError(valueOf(JSON.stringify(minimalLesson()), '2'))).toBe(
      'The lesson in this link was made by a newer Descent (lesson format version 2; this one reads version 1). Open it in the newest Descent: reload the page to update.',
    );
  });

  it('refuses a damaged value: no version, not base64url, not UTF-8, not JSON, cut short', () => {
    const full = encodeInlineLesson(valid(fullLesson()))!;
    const noVersion = /does not start with a version such as "1\."/;
    for (const value of ['', 'abc', full.slice(2), '.abc', '0.abc', '01.abc', '1e3.abc', 'x.abc'])
      expect(onlyError(value)).toMatch(noVersion);
    const damaged =
      /^The lesson in this link is damaged \(cut short or changed when it was copied\?\)/;
    for (const value of [
      `${full}=`, // padding is not base64url
      '1.ab+c', // base64, not base64url
      '1.abcde', // 5 characters: not a whole number of bytes
      `1.${Buffer.from([0xff, 0xfe, 0x80]).toString('base64url')}`, // not UTF-8
      valueOf('{"id": '), // not JSON
      full.slice(0, full.length - 7), // cut short
      '1.', // nothing
    ])
      expect(onlyError(value), value.slice(0, 20)).toMatch(damaged);
  });

  it('encode → decode is the identity on valid lessons short enough for a link (fast-check)', () => {
    fc.assert(
      fc.property(rawLesson, (raw) => {
        const lesson = valid(raw);
        const value = encodeInlineLesson(lesson);
        if (value === null) return;
        expect(value.length).toBeLessThanOrEqual(MAX_INLINE_LESSON_LENGTH);
        expect(expectLesson(decodeInlineLesson(value))).toEqual(lesson);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on any string (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((s) => `1.${s}`),
        ),
        (value) => {
          expect(
            'errors' in decodeInlineLesson(value) || 'lesson' in decodeInlineLesson(value),
          ).toBe(true);
        },
      ),
    );
  });
});
