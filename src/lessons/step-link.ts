/**
 * The link a lesson step opens, and what a lesson link asks for (docs/links.md, "Lessons").
 * A step is opened exactly as its link would be (src/state/url-sync.ts applyLink), with what the
 * step's link cannot say added: which lesson and step it is, the language and presentation mode
 * the student has, and predict-then-reveal while the step's question is unanswered. Pure.
 */
import type { LessonStep } from './types';
import type { LessonRef } from '../state/lesson-player-state';
import { encodeText, joinQuery, splitQuery } from '../url/syntax';
import { writeLessonData, writeLessonStep } from '../url/lesson-params';

/**
 * Parameters that say which lesson is open and how the app is shown, not what is shown: a lesson
 * link with nothing else opens its step's own view; anything more is the student's own state.
 */
const FRAME_KEYS: ReadonlySet<string> = new Set([
  'v',
  'lesson',
  'lessonData',
  'step',
  'lang',
  'present',
]);

/** What a link opened with a lesson asks of the player. */
export interface LessonLinkForm {
  /** Only the lesson (and frame): the player opens the step's own link. */
  bare: boolean;
  /** It says which step (`step=`); otherwise the player resumes where the student was. */
  namesStep: boolean;
}

export function lessonLinkForm(query: string): LessonLinkForm {
  const keys = splitQuery(query).map(({ key }) => key);
  return { bare: keys.every((key) => FRAME_KEYS.has(key)), namesStep: keys.includes('step') };
}

export interface StepOpening {
  lesson: LessonRef;
  /** The step's index, 0-based. */
  step: number;
  /** Presentation mode is on: it stays on. */
  presenting: boolean;
  /** The student has answered this step's question (it then opens revealed). */
  answered: boolean;
}

/**
 * The query that opens `step` as the player shows it. The step's link is validated to hold no
 * frame parameter (src/lessons/format/link.ts); any that slipped in is replaced all the same.
 * The language is left out: a link without one keeps the language shown.
 */
export function stepQuery(step: Pick<LessonStep, 'link' | 'prediction'>, opening: StepOpening) {
  // The version stays: it says how the rest of the step's link reads.
  const own = splitQuery(step.link).filter(
    ({ key }) => key === 'v' || (!FRAME_KEYS.has(key) && !(step.prediction && key === 'predict')),
  );
  const params = own.map(({ key, raw }) => ({ key, value: raw }));
  // The runs stay hidden until the student has chosen (predict-then-reveal, docs/app.md).
  if (step.prediction && !opening.answered) params.push({ key: 'predict', value: '1' });
  if (opening.presenting) params.push({ key: 'present', value: '1' });
  if ('id' in opening.lesson) params.push({ key: 'lesson', value: encodeText(opening.lesson.id) });
  for (const value of writeLessonStep(opening.step)) params.push({ key: 'step', value });
  if ('data' in opening.lesson)
    for (const value of writeLessonData(opening.lesson.data))
      params.push({ key: 'lessonData', value });
  return joinQuery(params);
}
