/**
 * fast-check generators of lessons (src/lessons/types.ts): raw lessons whose texts hold hostile
 * characters (test/hostile-round2/hostile-text.ts) that validation cleans, so that "valid" means
 * what validateLesson returns; links and conditions from small lists the app reads without a
 * notice. Sizes are small: each step's link is decoded by the app's link decoder.
 */
import fc from 'fast-check';
import { hostileText } from '../hostile-round2/hostile-text';

/** Links the app opens exactly as written (1 to 3 runs). */
export const LESSON_LINKS = [
  'v=1',
  'v=1&p=rosenbrock&o=gd(lr=0.001)',
  'v=1&p=himmelblau&o=gd(lr=0.01)&o=adam(lr=0.05)&show=lr,play',
  'v=1&p=rosenbrock&o=gd(lr=0.001)&o=momentum(lr=0.001,momentum=0.9)&o=adam(lr=0.01)&predict=1',
] as const;

/** Conditions the condition language reads, naming run 1 at most. */
export const LESSON_CONDITIONS = [
  'run 1 divergedAt != null',
  'run 1 rises > 0 and run 1 divergedAt == null',
  'every run finalLoss < 0.01',
  'run 1 lr >= 0.1 and run 1 lr <= 0.2',
  'not (any run stepsTo 1e-3 == null)',
] as const;

/** Text that is never empty once cleaned: a visible first character, then anything. */
const text = (maxPieces: number) =>
  fc
    .tuple(fc.constantFrom('a', '学', 'Σ', '$x$', '**b**'), hostileText(maxPieces))
    .map(([first, rest]) => first + rest);

/** `{en?, zh?}` with at least one. */
const localText = (maxPieces = 4) =>
  fc
    .record({ en: text(maxPieces), zh: text(maxPieces) }, { requiredKeys: [] })
    .filter((t) => Object.keys(t).length > 0);

const prediction = fc.integer({ min: 2, max: 4 }).chain((count) =>
  fc.record({
    question: localText(),
    choices: fc.array(localText(2), { minLength: count, maxLength: count }),
    answer: fc.integer({ min: 0, max: count - 1 }),
    explanation: localText(),
  }),
);

const task = fc.record(
  {
    prompt: localText(),
    condition: fc.constantFrom(...LESSON_CONDITIONS),
    hint: localText(),
    success: localText(),
  },
  { requiredKeys: ['prompt', 'condition'] },
);

const step = fc.record(
  {
    chapter: localText(2),
    title: localText(2),
    text: localText(8),
    link: fc.constantFrom(...LESSON_LINKS),
    prediction,
    task,
    teacherNote: localText(),
  },
  { requiredKeys: ['title', 'text', 'link'] },
);

/**
 * A lesson as someone might write it: valid once cleaned (validateLesson accepts it and returns
 * its cleaned form), with hostile characters in every text.
 */
export const rawLesson = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    title: localText(2),
    summary: localText(),
    author: text(2),
    steps: fc.array(step, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['id', 'title', 'steps'] },
);
