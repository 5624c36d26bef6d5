/**
 * The lesson's steps as a list to jump to, grouped by chapter (a native select: keyboard, touch
 * and screen readers know it, and the player's keys leave a focused select alone).
 */
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import { useApp } from '../../state/store';
import { textIn } from '../../lessons/local-text';
import type { Lesson, LocalText } from '../../lessons/types';

/** The chapter step `index` belongs to: the last one started at or before it. */
export function chapterOf(lesson: Lesson, index: number): LocalText | undefined {
  for (let i = Math.min(index, lesson.steps.length - 1); i >= 0; i--) {
    const chapter = lesson.steps[i]!.chapter;
    if (chapter) return chapter;
  }
  return undefined;
}

/** The steps in runs of one chapter each (steps before the first chapter have none). */
export function chaptersOf(lesson: Lesson): { chapter?: LocalText; steps: number[] }[] {
  const groups: { chapter?: LocalText; steps: number[] }[] = [];
  lesson.steps.forEach((step, i) => {
    if (step.chapter || groups.length === 0)
      groups.push(step.chapter ? { chapter: step.chapter, steps: [] } : { steps: [] });
    groups[groups.length - 1]!.steps.push(i);
  });
  return groups;
}

export function LessonStepPicker(props: {
  lesson: Lesson;
  index: number;
  onChoose(index: number): void;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { lesson, index, onChoose } = props;
  const options = (steps: number[]) =>
    steps.map((i) => (
      <option key={i} value={i}>
        {`${i + 1}. ${textIn(lesson.steps[i]!.title, lang)}`}
      </option>
    ));
  return (
    <select
      className="compact-select lesson__steps"
      aria-label={t('lesson.jump')}
      title={t('lesson.jump')}
      value={index}
      onChange={(event) => onChoose(Number(event.target.value))}
    >
      {chaptersOf(lesson).map(({ chapter, steps }) =>
        chapter ? (
          <optgroup key={steps[0]} label={textIn(chapter, lang)}>
            {options(steps)}
          </optgroup>
        ) : (
          options(steps)
        ),
      )}
    </select>
  );
}
