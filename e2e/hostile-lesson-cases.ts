/**
 * The hostile lesson files of e2e/hostile-lessons.spec.ts: the cases of
 * test/lessons/hostile-lessons.test.ts that a teacher's file or a link could bring, and those
 * only the real UI meets (an image dropped, a file name with a bidi override). Each refused case
 * says what the notice holds; a pattern with `(?:lesson\.)?` matches the file's paths
 * (`lesson.steps[0]`) and the link's (`steps[0]`) alike. The cases that open (markup, hidden
 * characters) are MARKUP_CASES, with what the player must show.
 */
import { expect, type Locator } from '@playwright/test';

/** How a hostile lesson reaches the app. */
export type Pathway = 'picker' | 'drop' | 'link';

type Json = Record<string, unknown>;

export interface HostileLessonCase {
  name: string;
  /** The file's name (default `evil.descent-lesson.json`) and media type (default JSON). */
  fileName?: string;
  mime?: string;
  /** The file's text. */
  text: () => string;
  /** The query of a link carrying it (`lessonData=…`), where a link can. */
  link?: () => string;
  /** The notice's text: `file` for every path unless one has its own. */
  expected: { file: RegExp } & Partial<Record<Pathway, RegExp>>;
}

const PWN = 'window.__pwned=1';

const minimal = (): Json => ({
  id: 'tiny',
  title: { en: 'A tiny lesson' },
  steps: [{ title: { en: 'The first view' }, text: { en: 'Look.' }, link: 'v=1' }],
});

/** The minimal lesson with its first step changed. */
function withStep(change: Json): Json {
  const lesson = minimal();
  lesson.steps = [{ ...(lesson.steps as Json[])[0], ...change }];
  return lesson;
}

const fileText = (lesson: unknown, version: unknown = 1, format = 'descent-lesson') =>
  JSON.stringify({ format, version, lesson }, null, 2);

/** `lessonData=` with the JSON text `json` in base64url, as src/lessons/inline.ts encodes. */
const inlineJson = (json: string, version = 1) =>
  `lessonData=${version}.${Buffer.from(json, 'utf8').toString('base64url')}`;
const inline = (lesson: unknown) => inlineJson(JSON.stringify(lesson));

/** A case given as a lesson: in a file, and in a link. */
const lessonCase = (name: string, lesson: Json, expected: RegExp): HostileLessonCase => ({
  name,
  text: () => fileText(lesson),
  link: () => inline(lesson),
  expected: { file: expected },
});

const prediction = (answer: unknown): Json => ({
  question: { en: 'Q?' },
  choices: [{ en: 'a' }, { en: 'b' }],
  answer,
  explanation: { en: 'E.' },
});

/** A step link holding `key=…`, which a step may not set. */
const frameParam = (key: string, value: string) =>
  lessonCase(
    `a step’s link setting ${key}=`,
    withStep({ link: `v=1&${key}=${value}` }),
    new RegExp(
      `(?:lesson\\.)?steps\\[0\\]\\.link: holds "${key}=…", which a step’s link cannot set`,
    ),
  );

/** The text of the `__proto__` case: JSON.stringify cannot write that key, so it is spliced in. */
const protoLesson = () =>
  JSON.stringify(minimal()).replace('"id":', '"__proto__": {"polluted": true}, "id":');

export const HOSTILE_LESSONS: HostileLessonCase[] = [
  {
    name: 'not JSON',
    text: () => 'lesson: yes',
    link: () => inlineJson('lesson: yes'),
    expected: {
      file: /cannot be opened: This is not valid JSON: line 1, column 1: unexpected "l"/,
      link: /The lesson in this link is damaged/,
    },
  },
  {
    name: 'an empty file',
    text: () => '',
    expected: { file: /cannot be opened: The file is empty: a lesson file is JSON/ },
  },
  {
    name: 'another format',
    text: () => fileText(minimal(), 1, 'descent-scenario'),
    expected: { file: /format: must be "descent-lesson", .*this is not a lesson file/ },
  },
  {
    name: 'a newer version',
    text: () => fileText({ steps: 'a version 2 shape' }, 2),
    link: () => inline(minimal()).replace('lessonData=1.', 'lessonData=2.'),
    expected: {
      file: /version: is 2: this lesson was made by a newer Descent/,
      link: /made by a newer Descent \(lesson format version 2/,
    },
  },
  {
    name: 'a 2 MB file',
    text: () => fileText({ ...minimal(), pad: 'x'.repeat(2_000_000) }),
    expected: { file: /too large for a lesson/ },
  },
  {
    name: '"Infinity" as the version',
    text: () => fileText(minimal(), 'Infinity'),
    expected: { file: /version: must be 1, got the text "Infinity"/ },
  },
  lessonCase(
    'a javascript: link in a step',
    withStep({ link: `javascript:${PWN}` }),
    /(?:lesson\.)?steps\[0\]\.link: must be the part of a link after "\?", not a whole address/,
  ),
  lessonCase(
    'HTML and script in a step’s link',
    withStep({ link: `v=1&<img src=x onerror=${PWN}>=1&note=<script>${PWN}</script>` }),
    /(?:lesson\.)?steps\[0\]\.link: does not open exactly as written/,
  ),
  frameParam('lang', 'zh'),
  frameParam('present', '1'),
  frameParam('lesson', 'training-a-model'),
  frameParam('lessonData', '1.e30'),
  lessonCase(
    'a step’s link with more than 10⁶ steps',
    withStep({ link: 'v=1&n=1000001' }),
    /(?:lesson\.)?steps\[0\]\.link: does not open exactly as written: n: must be at least 1 and at most 1000000/,
  ),
  {
    name: '100,000 steps',
    text: () => fileText({ ...minimal(), steps: new Array(100_000).fill(0) }),
    expected: { file: /lesson\.steps: must hold 1 to 200 items, got 100,000/ },
  },
  {
    name: 'nesting 10⁵ deep',
    text: () =>
      `{"format": "descent-lesson", "version": 1, "lesson": ${'['.repeat(1e5)}${']'.repeat(1e5)}}`,
    link: () => inlineJson(`${'['.repeat(2000)}${']'.repeat(2000)}`),
    expected: {
      file: /lesson: must be a lesson: a JSON object with an id, a title and steps, got a list of 1 item/,
      link: /must be a lesson: a JSON object with an id, a title and steps, got a list of 1 item/,
    },
  },
  {
    name: '__proto__ as a field of the lesson',
    text: () => `{"format": "descent-lesson", "version": 1, "lesson": ${protoLesson()}}`,
    link: () => inlineJson(protoLesson()),
    expected: {
      file: /(?:lesson\.)?__proto__: is not allowed: JavaScript gives this name a meaning of its own/,
    },
  },
  lessonCase(
    'constructor.prototype in a step',
    withStep({ constructor: { prototype: { polluted: true } } }),
    /(?:lesson\.)?steps\[0\]\.constructor: is not allowed/,
  ),
  lessonCase(
    '"NaN" as the answer',
    withStep({ prediction: prediction('NaN') }),
    /(?:lesson\.)?steps\[0\]\.prediction\.answer: .*got the text "NaN"/,
  ),
  {
    name: '1e999 (Infinity) as the answer',
    text: () =>
      fileText(withStep({ prediction: prediction(0) })).replace('"answer": 0', '"answer": 1e999'),
    expected: { file: /lesson\.steps\[0\]\.prediction\.answer: .*got Infinity/ },
  },
  lessonCase(
    'a condition that is code',
    withStep({
      task: { prompt: { en: 'P' }, condition: `constructor.constructor('${PWN}')()` },
    }),
    /(?:lesson\.)?steps\[0\]\.task\.condition: at character \d+: /,
  ),
  lessonCase(
    'an id that is a path',
    { ...minimal(), id: '../../etc/passwd' },
    /(?:lesson\.)?id: must be 1 to 64 lowercase letters/,
  ),
  {
    name: 'an image',
    fileName: 'photo.png',
    mime: 'image/png',
    text: () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
    expected: {
      file: /photo\.png: The lesson file cannot be opened: This is not valid JSON/,
      drop: /Could not open photo\.png: it is neither a lesson file nor a scenario file\. Descent opens lesson files \(\.descent-lesson\.json\) and scenario files/,
    },
  },
  {
    name: 'a bidi override in the file’s name',
    fileName: 'evil\u202enosj.descent-lesson.json',
    text: () => '{oops',
    expected: { file: /^evilnosj\.descent-lesson\.json: The lesson file cannot be opened: / },
  },
];

/** Cases only a link can bring. */
export const LINK_ONLY: HostileLessonCase[] = [
  {
    name: 'a lesson of 10⁶ characters in a link',
    text: () => '',
    link: () => `lessonData=1.${'A'.repeat(1_000_000)}`,
    expected: { file: /lessonData: is 1,000,002 characters long \(at most 6,000\); ignored/ },
  },
  {
    name: 'a damaged value',
    text: () => '',
    link: () => 'lessonData=1.%%%',
    expected: { file: /The lesson in this link is damaged/ },
  },
];

/** A lesson that opens, holding what could look like code or hide text, and what it shows. */
export interface MarkupCase {
  name: string;
  id: string;
  file: string;
  data: string;
  shows: (panel: Locator) => Promise<void>;
}

const MARKUP = `<script>${PWN}</script> <img src=x onerror="${PWN}"> <a href="javascript:${PWN}">x</a> [y](javascript:${PWN})`;

function markupCase(name: string, lesson: Json, shows: MarkupCase['shows']): MarkupCase {
  return {
    name,
    id: lesson.id as string,
    file: fileText(lesson),
    data: inline(lesson).slice('lessonData='.length),
    shows,
  };
}

export const MARKUP_CASES: MarkupCase[] = [
  markupCase(
    'script, <img onerror> and javascript: links in the texts',
    {
      id: 'markup',
      title: { en: `<b>${PWN}</b>` },
      steps: [{ title: { en: `<script>${PWN}</script>` }, text: { en: MARKUP }, link: 'v=1' }],
    },
    async (panel) => {
      await expect(panel.getByRole('heading', { name: `<script>${PWN}</script>` })).toBeVisible();
      await expect(panel).toContainText(`<img src=x onerror="${PWN}">`);
      await expect(panel).toContainText(`<b>${PWN}</b>`);
      await expect(panel.locator('script, img, b, a[href^="javascript" i]')).toHaveCount(0);
    },
  ),
  markupCase(
    'bidi overrides and control characters in the titles',
    {
      id: 'bidi',
      title: { en: 'safe\u202egnp.exe\u0000\u001b[2J\u2066x\u2069' },
      steps: [{ title: { en: 'step\u202eone\u200f' }, text: { en: 'Text\u0007.' }, link: 'v=1' }],
    },
    async (panel) => {
      await expect(panel).toContainText('safegnp.exe[2Jx');
      await expect(panel.getByRole('heading', { name: 'stepone', exact: true })).toBeVisible();
      // eslint-disable-next-line no-control-regex
      expect(await panel.textContent()).not.toMatch(/[\u0000-\u0008\u001b\u200f\u202e\u2066]/);
    },
  ),
];
