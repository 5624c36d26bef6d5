/**
 * The share dialog's link to a lesson step (docs/links.md, "Lessons"): `?lesson=<id>&step=<k>`
 * for a built-in lesson, which opens that step's own view for whoever opens it; the language
 * when it is not English, and presentation mode when the teacher ticks it. A lesson from a file
 * travels in the link itself (`lessonData=`) when it is short enough; a longer one can only be
 * named, and opens only where its file was opened too. Pure.
 */
import type { Lang } from '../../i18n/languages';
import type { OpenLesson } from '../../state/lesson-player-state';
import { encodeInlineLesson } from '../../lessons/inline';
import { encodeText } from '../../url/syntax';

export interface LessonStepLink {
  link: string;
  /** The link names a lesson only this browser (and those given its file) can open. */
  needsFile: boolean;
}

export function lessonStepLink(
  base: string,
  open: OpenLesson,
  step: number,
  options: { lang: Lang; present: boolean },
): LessonStepLink {
  const data =
    'data' in open.ref
      ? open.ref.data
      : open.source === 'imported'
        ? encodeInlineLesson(open.lesson)
        : null;
  const params = [
    data ? `lessonData=${encodeText(data)}` : `lesson=${encodeText(open.lesson.id)}`,
    `step=${step + 1}`,
    ...(options.lang !== 'en' ? [`lang=${options.lang}`] : []),
    ...(options.present ? ['present=1'] : []),
  ];
  return { link: `${base}?${params.join('&')}`, needsFile: !data && open.source === 'imported' };
}
