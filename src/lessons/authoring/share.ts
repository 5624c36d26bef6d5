/**
 * How a written lesson travels (docs/lessons.md, "A lesson in a link"): a short one inside a link
 * that opens it at its first step for whoever opens it; a longer one only as a file. Pure.
 */
import type { Lesson } from '../types';
import { encodeInlineLesson } from '../inline';
import { encodeText } from '../../url/syntax';

/**
 * The link that opens `lesson` (validated) at step 1, `<base>?lessonData=…`, or null when the
 * lesson is too long for a link (then it travels as a file).
 */
export function lessonLink(base: string, lesson: Lesson): string | null {
  const data = encodeInlineLesson(lesson);
  return data === null ? null : `${base}?lessonData=${encodeText(data)}`;
}
