/**
 * A step's task (docs/lessons.md, "Questions and tasks"): what to do with the controls, checked
 * live on the runs (use-task.ts), with each part of the condition and its value now, a hint on
 * request, and a success line once it is met — said to screen readers, and kept when the
 * student goes on.
 */
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import { useApp } from '../../state/store';
import type { LessonTask as Task } from '../../lessons/types';
import { textIn } from '../../lessons/local-text';
import { LessonText } from './LessonText';
import { useTask } from './use-task';
import { taskValues } from './task-values';

export function LessonTask(props: { stepIndex: number; task: Task }) {
  const t = useT();
  const { stepIndex, task } = props;
  const lang = useApp((s) => s.lang);
  const status = useTask(stepIndex, task.condition);
  const [hintShown, setHintShown] = useState(false);
  const hintId = useId();
  const headingId = useId();
  const done = status.kind !== 'broken' && status.done;
  return (
    <section
      className={`lesson__part lesson__task${done ? ' lesson__task--done' : ''}`}
      data-testid="lesson-task"
      data-done={done}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="lesson__label">
        {t('lesson.task')}
      </h3>
      <LessonText text={textIn(task.prompt, lang)} />
      <div role="status" className="lesson__task-status">
        {done && (
          <div className="lesson__success" data-testid="lesson-task-done">
            <strong>{t('lesson.taskDone')}</strong>{' '}
            {task.success ? (
              <LessonText text={textIn(task.success, lang)} />
            ) : (
              t('lesson.taskDoneDefault')
            )}
          </div>
        )}
      </div>
      {!done && status.kind === 'waiting' && <p className="hint-line">{t('lesson.taskWaiting')}</p>}
      {!done && status.kind === 'checked' && (
        <div className="lesson__values">
          <span className="lesson__values-title">{t('lesson.taskNotYet')}</span>
          <ul role="list" data-testid="lesson-task-values">
            {taskValues(status.explanation, t('lesson.none')).map((value, i) => (
              <li key={i} className={value.holds ? 'lesson__value--holds' : undefined}>
                <code>{value.text}</code>
                <span className="lesson__value-now numeric">
                  {t('lesson.taskValues')}: {value.now}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!done && task.hint && (
        <div className="lesson__hint">
          <button
            type="button"
            className="button"
            aria-expanded={hintShown}
            aria-controls={hintId}
            onClick={() => setHintShown(!hintShown)}
          >
            {hintShown ? t('lesson.hideHint') : t('lesson.hint')}
          </button>
          <div id={hintId} hidden={!hintShown}>
            {hintShown && <LessonText text={textIn(task.hint, lang)} />}
          </div>
        </div>
      )}
    </section>
  );
}
