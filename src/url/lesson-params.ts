/**
 * The link's lesson parameters (docs/links.md, "Lessons"): `lesson=<id>` names a built-in or
 * imported lesson, `lessonData=<…>` carries a short lesson in the link itself (its encoding is
 * src/lessons/inline.ts's), and `step=<k>` the step shown, counted from 1 as on screen. Reading
 * checks only the form: whether the id names a lesson, the data decodes to a valid one and the
 * step exists is known once the lesson is loaded (src/state/lesson-sync.ts), which says so in a
 * link notice. Pure.
 */
import { LESSON_ID, MAX_STEPS } from '../lessons/format/limits';
import { quote } from '../scenario/text';
import { decodeText, encodeText } from './syntax';
import { readNumber } from './values';

/**
 * The longest raw `lessonData` value read (codec.ts): the longest inline lesson, whose value is
 * URL-safe as it is (src/lessons/inline.ts MAX_INLINE_LESSON_LENGTH, which is not imported here:
 * it would bring the lesson validator into the first view's code; test/url/lesson-params.test.ts
 * checks that the two agree).
 */
export const MAX_LESSON_DATA_LENGTH = 6_000;

/** A read: the value, or why there is none (the codec adds "; ignored"). */
type Read<T> = { value: T; message?: undefined } | { value?: undefined; message: string };

export function readLessonId(raw: string): Read<string> {
  const id = decodeText(raw);
  return LESSON_ID.test(id)
    ? { value: id }
    : { message: `${quote(id, 40)} is not a lesson name (a-z, 0-9 and -, at most 64)` };
}

/** `step=k`, 1-based, to the 0-based index the store keeps. */
export function readLessonStep(raw: string): Read<number> {
  const step = readNumber(decodeText(raw));
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > MAX_STEPS)
    return { message: `must be a whole number from 1 to ${MAX_STEPS}` };
  return { value: step - 1 };
}

export const writeLessonStep = (step: number | undefined): string[] =>
  step ? [String(step + 1)] : [];

/** The inline lesson's text, as the link carried it; decoding it is the loader's. */
export function readLessonData(raw: string): Read<string> {
  const data = decodeText(raw);
  return data.trim() ? { value: data } : { message: 'holds no lesson' };
}

export const writeLessonData = (data: string | undefined): string[] =>
  data ? [encodeText(data)] : [];
