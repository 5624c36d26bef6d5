/** validateLesson: each field's rule, its message and path (docs/lessons.md, "What validation refuses"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ERRORS,
  MAX_LINK_LENGTH,
  MAX_STEPS,
  MAX_SUMMARY_LENGTH,
  MAX_TEACHER_NOTE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  checkCondition,
  formatLessonError,
  validateLesson,
} from '../../src/lessons/validate';
import { rawLesson } from '../arbitraries/lesson';
import {
  expectError,
  expectErrors,
  expectLesson,
  fullLesson,
  minimalLesson,
  stepsOf,
  type Json,
} from './lesson-fixtures';

/** The errors of the minimal lesson with `change` applied. */
function errorsWith(change: (lesson: Json) => void) {
  const lesson = minimalLesson();
  change(lesson);
  return expectErrors(validateLesson(lesson));
}

/** The minimal lesson's first step with `change` applied, validated. */
function errorsOfStep(change: (step: Json) => void) {
  return errorsWith((lesson) => change(stepsOf(lesson)[0]!));
}

describe('validateLesson accepts', () => {
  it('the minimal lesson and the full one, unchanged', () => {
    expect(expectLesson(validateLesson(minimalLesson()))).toEqual(minimalLesson());
    expect(expectLesson(validateLesson(fullLesson()))).toEqual(fullLesson());
  });

  it('returns the fields in the file’s order, whatever the input’s', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const lesson = expectLesson(validateLesson(reversed(fullLesson())));
    expect(JSON.stringify(lesson)).toBe(JSON.stringify(fullLesson()));
  });

  it('text at its limit, and 200 steps', () => {
    const lesson = minimalLesson();
    lesson.title = { en: 'a'.repeat(MAX_TITLE_LENGTH) };
    lesson.summary = { zh: '学'.repeat(MAX_SUMMARY_LENGTH) };
    const step: Json = {
      ...stepsOf(lesson)[0]!,
      text: { en: 'b'.repeat(MAX_TEXT_LENGTH) },
      teacherNote: { en: 'c'.repeat(MAX_TEACHER_NOTE_LENGTH) },
    };
    lesson.steps = Array.from({ length: MAX_STEPS }, () => step);
    expect(expectLesson(validateLesson(lesson)).steps).toHaveLength(MAX_STEPS);
  });

  it('Markdown holding HTML, as text (rendering it safely is the renderer’s job)', () => {
    const text = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
    const lesson = minimalLesson();
    stepsOf(lesson)[0]!.text = { en: text };
    expect(expectLesson(validateLesson(lesson)).steps[0]!.text.en).toBe(text);
  });
});

describe('validateLesson cleans text', () => {
  it('drops control and bidi characters, keeps newline and tab, makes line breaks \\n', () => {
    const lesson = minimalLesson();
    stepsOf(lesson)[0]!.text = {
      en: 'a\r\nb\rc\u2028d\te\u0000f\u001bg\u007fh\u0085i\u202ej\u2066k\u200fl\u061cm',
    };
    expect(expectLesson(validateLesson(lesson)).steps[0]!.text.en).toBe('a\nb\nc\nd\tefghijklm');
  });

  it('makes a lone surrogate U+FFFD and keeps a pair', () => {
    const lesson = minimalLesson();
    lesson.title = { en: 'x\ud800y\ud83d\ude00' };
    expect(expectLesson(validateLesson(lesson)).title.en).toBe('x\ufffdy\ud83d\ude00');
  });

  it('is idempotent: a validated lesson validates to itself (fast-check)', () => {
    fc.assert(
      fc.property(rawLesson, (raw) => {
        const once = expectLesson(validateLesson(raw));
        expect(expectLesson(validateLesson(once))).toEqual(once);
      }),
      { numRuns: 60 },
    );
  });

  it('counts a text’s length once cleaned', () => {
    const lesson = minimalLesson();
    lesson.title = { en: `${'a'.repeat(MAX_TITLE_LENGTH)}\u202e\u0000` };
    expectLesson(validateLesson(lesson));
  });
});

describe('validateLesson refuses, naming the field', () => {
  it('a value that is not a lesson object', () => {
    for (const raw of [null, 3, 'lesson', [], [minimalLesson()], undefined]) {
      const errors = expectErrors(validateLesson(raw));
      expectError(errors, '', /^must be a lesson: a JSON object/);
    }
  });

  it('each missing required field', () => {
    expectError(
      errorsWith((l) => delete l.id),
      'id',
      'is missing',
    );
    expectError(
      errorsWith((l) => delete l.title),
      'title',
      'is missing',
    );
    expectError(
      errorsWith((l) => delete l.steps),
      'steps',
      'is missing: a list of 1 to 200 steps',
    );
    for (const key of ['title', 'text', 'link'])
      expectError(
        errorsOfStep((s) => delete s[key]),
        `steps[0].${key}`,
        'is missing',
      );
  });

  it('an id that is not [a-z0-9-], 1 to 64 characters, starting with a letter or digit', () => {
    for (const id of ['a', '0', 'a-b-1', 'x'.repeat(64)])
      expectLesson(validateLesson({ ...minimalLesson(), id }));
    for (const id of ['', '-a', 'Ab', 'a_b', 'a b', 'x'.repeat(65), 'é', 1, null, ['a']])
      expectError(
        errorsWith((l) => (l.id = id)),
        'id',
        /^must be 1 to 64 lowercase letters/,
      );
  });

  it('unknown fields, with the name meant when it is close', () => {
    expectError(
      errorsWith((l) => (l.titel = {})),
      'titel',
      'did you mean "title"?',
    );
    expectError(
      errorsOfStep((s) => (s.teachersNote = {})),
      'steps[0].teachersNote',
      'did you mean "teacherNote"?',
    );
    expectError(
      errorsOfStep((s) => (s.Link = 'v=1')),
      'steps[0].Link',
      'did you mean "link"?',
    );
    expectError(
      errorsWith((l) => (l.ID = 'x')),
      'ID',
      'did you mean "id"?',
    );
    const far = errorsWith((l) => (l.xy = 1));
    expectError(
      far,
      'xy',
      'is not a field of a lesson (a lesson has id, title, summary, author, steps)',
    );
  });

  it('__proto__, constructor and prototype as fields, without touching a prototype', () => {
    const lesson = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 1, "prototype": 2}');
    Object.assign(lesson, minimalLesson());
    const errors = expectErrors(validateLesson(lesson));
    for (const key of ['__proto__', 'constructor', 'prototype'])
      expectError(errors, key, 'is not allowed: JavaScript gives this name a meaning of its own');
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('a text without a language, with an unknown one, or empty', () => {
    expectError(
      errorsWith((l) => (l.title = 'Hi')),
      'title',
      'must name its language, like {"en": "Hi"}',
    );
    expectError(
      errorsWith((l) => (l.title = {})),
      'title',
      'must hold the text in at least one language: en or zh',
    );
    const fr = errorsWith((l) => (l.title = { en: 'Hi', fr: 'Salut' }));
    expectError(fr, 'title.fr', 'is not a language Descent knows: a text may be in "en" and "zh"');
    expectError(
      errorsWith((l) => (l.title = { 'zh-CN': '你好' })),
      'title."zh-CN"',
      'write "zh" for Chinese',
    );
    expectError(
      errorsWith((l) => (l.title = { en: ' \n\u202e ' })),
      'title.en',
      'is empty',
    );
    expectError(
      errorsWith((l) => (l.title = { en: 3 })),
      'title.en',
      'must be text (in double quotes), got 3',
    );
    expectError(
      errorsWith((l) => (l.title = ['Hi'])),
      'title',
      'got a list of 1 item',
    );
  });

  it('text past its limit, saying by how much', () => {
    const over = (n: number) => ({ en: 'a'.repeat(n + 1) });
    expectError(
      errorsWith((l) => (l.title = over(MAX_TITLE_LENGTH))),
      'title.en',
      'is 201 characters long (at most 200)',
    );
    expectError(
      errorsWith((l) => (l.summary = over(MAX_SUMMARY_LENGTH))),
      'summary.en',
      '(at most 500)',
    );
    expectError(
      errorsWith((l) => (l.author = 'a'.repeat(201))),
      'author',
      '(at most 200)',
    );
    expectError(
      errorsOfStep((s) => (s.text = over(MAX_TEXT_LENGTH))),
      'steps[0].text.en',
      '(at most 4,000)',
    );
    expectError(
      errorsOfStep((s) => (s.teacherNote = over(MAX_TEACHER_NOTE_LENGTH))),
      'steps[0].teacherNote.en',
      '(at most 2,000)',
    );
  });

  it('a step’s code that names no script (issue 18)', () => {
    expectError(
      errorsOfStep((s) => (s.code = 'tensorflow')),
      'steps[0].code',
      'must be "pytorch" or "numpy", got the text "tensorflow"',
    );
    expectError(
      errorsOfStep((s) => (s.code = 1)),
      'steps[0].code',
      'must be "pytorch" or "numpy"',
    );
    for (const code of ['pytorch', 'numpy']) {
      const lesson = minimalLesson();
      stepsOf(lesson)[0]!.code = code;
      expect(expectLesson(validateLesson(lesson)).steps[0]!.code).toBe(code);
    }
  });

  it('no steps, too many, or steps that are not a list', () => {
    expectError(
      errorsWith((l) => (l.steps = [])),
      'steps',
      'must hold 1 to 200 items, got 0',
    );
    const many = errorsWith(
      (l) => (l.steps = Array.from({ length: 201 }, () => stepsOf(minimalLesson())[0])),
    );
    expectError(many, 'steps', 'got 201');
    expectError(
      errorsWith((l) => (l.steps = { 0: {} })),
      'steps',
      'must be a list of 1 to 200 steps, got an object',
    );
  });

  it('a huge list by its length, without reading it', () => {
    const huge = new Array(1e9);
    expectError(
      errorsWith((l) => (l.steps = huge)),
      'steps',
      'got 1,000,000,000',
    );
  });

  it('a prediction with too few or too many choices, or an answer that is not one of them', () => {
    const withPrediction = (change: (p: Json) => void) =>
      errorsOfStep((s) => {
        s.prediction = {
          question: { en: 'Q?' },
          choices: [{ en: 'a' }, { en: 'b' }, { en: 'c' }],
          answer: 0,
          explanation: { en: 'E.' },
        };
        change(s.prediction as Json);
      });
    const path = 'steps[0].prediction';
    expectError(
      withPrediction((p) => (p.choices = [{ en: 'a' }])),
      `${path}.choices`,
      'must hold 2 to 4 items, got 1',
    );
    const five = Array.from({ length: 5 }, (_, i) => ({ en: String(i) }));
    expectError(
      withPrediction((p) => (p.choices = five)),
      `${path}.choices`,
      'got 5',
    );
    for (const answer of [3, -1, 1.5, '1', null, Number.NaN, Number.POSITIVE_INFINITY])
      expectError(
        withPrediction((p) => (p.answer = answer)),
        `${path}.answer`,
        'must be the number of the right one of the 3 choices, counted from 0 (0, 1 or 2)',
      );
    expectError(
      withPrediction((p) => delete p.explanation),
      `${path}.explanation`,
      'is missing',
    );
    expectError(
      withPrediction((p) => (p.hint = 1)),
      `${path}.hint`,
      'is not a field of a prediction',
    );
    expectError(
      withPrediction((p) => (p.choices = [{ en: 'a' }, 'b'])),
      `${path}.choices[1]`,
      'must name its language',
    );
  });

  it('a task whose condition the condition language cannot read, with the place', () => {
    const withCondition = (condition: unknown) =>
      errorsOfStep((s) => (s.task = { prompt: { en: 'Do it.' }, condition }));
    expectError(
      withCondition('run 1 finalloss < 1'),
      'steps[0].task.condition',
      /^at character 7: .*finalLoss/,
    );
    expectError(withCondition(''), 'steps[0].task.condition', /^at character 1: /);
    expectError(
      withCondition(42),
      'steps[0].task.condition',
      'must be a condition in double quotes',
    );
    expectError(
      errorsOfStep((s) => (s.task = { prompt: { en: 'Do it.' } })),
      'steps[0].task.condition',
      'is missing',
    );
  });

  it('a getter, without calling it', () => {
    let called = false;
    const lesson = minimalLesson();
    Object.defineProperty(lesson, 'id', {
      enumerable: true,
      get: () => {
        called = true;
        return 'tiny';
      },
    });
    expectError(expectErrors(validateLesson(lesson)), 'id', 'must be a value, not a getter');
    expect(called).toBe(false);
  });

  it('objects that are not plain JSON: a Map, a class instance, a Date', () => {
    class Lessonish {
      id = 'tiny';
    }
    for (const raw of [new Map(), new Lessonish(), new Date(0)])
      expectError(expectErrors(validateLesson(raw)), '', 'must be a lesson');
  });

  it('a sparse list, naming the hole', () => {
    const steps = [stepsOf(minimalLesson())[0], , stepsOf(minimalLesson())[0]]; // eslint-disable-line no-sparse-arrays
    expectError(
      errorsWith((l) => (l.steps = steps)),
      'steps[1]',
      'is missing',
    );
  });

  it('a proxy whose traps throw, with an error rather than a throw', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(minimalLesson(), { ownKeys: trap, getOwnPropertyDescriptor: trap });
    expectError(expectErrors(validateLesson(proxy)), '', 'could not be read');
  });

  it('at most MAX_ERRORS errors, then one counting the rest', () => {
    const lesson = minimalLesson();
    for (let i = 0; i < 10_000; i++) lesson[`x${i}`] = i;
    const errors = expectErrors(validateLesson(lesson));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)).toEqual({ path: '', message: 'and 9,950 more not listed' });
  });

  it('quotes an odd key cut short and on one line', () => {
    const errors = errorsWith((l) => (l[`a\nb${'c'.repeat(10_000)}`] = 1));
    expect(errors[0]!.path.length).toBeLessThan(50);
    expect(errors[0]!.path).toMatch(/^"a\\nbc+…"$/);
  });
});

describe('a step’s link', () => {
  const linkErrors = (link: unknown) => errorsOfStep((s) => (s.link = link));
  const path = 'steps[0].link';

  it('opens exactly as written, or each of the decoder’s notices is an error', () => {
    const errors = linkErrors('v=1&f=rosenbrock&o=adam,lr=0.01');
    expectError(
      errors,
      path,
      'does not open exactly as written: f: is not a parameter Descent knows',
    );
    expectError(errors, path, /^does not open exactly as written: o: run 1: unexpected ","/);
    expectError(
      linkErrors('v=1&o=gd(lr=-1)'),
      path,
      /^does not open exactly as written: o \(run 1\) lr: /,
    );
  });

  it('is the query alone: not a whole address, javascript:, a path or a leading "?"', () => {
    for (const link of [
      'https://evil.example/?v=1',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '//evil.example/?v=1',
      '/?v=1',
    ])
      expectError(
        linkErrors(link),
        path,
        /^must be the part of a link after "\?", not a whole address/,
      );
    expectError(linkErrors('?v=1'), path, 'starts with "?": write the link without it');
  });

  it('is not empty, is text, and holds no control or invisible character', () => {
    expectError(linkErrors(''), path, 'is empty: write "v=1" for the first view');
    expectError(linkErrors({ v: 1 }), path, /^must be the part of a link after "\?", like /);
    expectError(
      linkErrors('v=1&o=gd(label=a\u202eb)'),
      path,
      'invisible character (U+202E) at character 17',
    );
    expectError(linkErrors('v=1\n'), path, '(U+000A) at character 4');
  });

  it('sets neither the language, presentation, embedding nor another lesson', () => {
    for (const key of ['lang', 'present', 'embed', 'lesson', 'lessonData', 'step'])
      expectError(
        linkErrors(`v=1&${key}=1`),
        path,
        `holds "${key}=…", which a step’s link cannot set`,
      );
    expectError(linkErrors('v=1&%6Cang=zh'), path, 'holds "lang=…"');
  });

  it('is at most MAX_LINK_LENGTH characters, checked before decoding', () => {
    expectError(
      linkErrors(`v=1&${'x'.repeat(MAX_LINK_LENGTH)}`),
      path,
      /^is [\d,]+ characters long \(at most /,
    );
  });

  it('that names fewer runs than the task’s condition gives a warning, not an error', () => {
    const lesson = minimalLesson();
    stepsOf(lesson)[0]!.task = { prompt: { en: 'Do.' }, condition: 'run 3 divergedAt != null' };
    const result = validateLesson(lesson);
    expectLesson(result);
    expect('warnings' in result && result.warnings).toEqual([
      {
        path: 'steps[0].task.condition',
        message:
          'names run 3, but the step’s link opens 2 runs: the task can be done only if the student adds runs',
      },
    ]);
  });
});

describe('checkCondition', () => {
  it('is null for a condition the language reads, and the place and reason otherwise', () => {
    expect(checkCondition('run 1 divergedAt != null')).toBeNull();
    expect(checkCondition('run 1 divergedAt !=')).toMatch(/^at character \d+: /);
  });
});

describe('formatLessonError', () => {
  it('writes path: message, or the message alone for the whole input', () => {
    expect(formatLessonError({ path: 'id', message: 'is missing' })).toBe('id: is missing');
    expect(formatLessonError({ path: '', message: 'Not JSON.' })).toBe('Not JSON.');
  });
});
