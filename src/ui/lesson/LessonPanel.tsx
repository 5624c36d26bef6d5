/**
 * The lesson player (issue 16; docs/lessons.md, "The player"): at the top of the side column,
 * the open lesson's step — its chapter and title, its text, its question or task, the teacher's
 * note in presentation mode — with Back / Next, the progress "3 / 12" and a list of the steps by
 * chapter. N / B and Page Down / Page Up move too (use-lesson-keys.ts). A step is shown by
 * opening its link (src/state/lesson-steps.ts); this component only reads the store and asks.
 * Loaded on demand (LessonSlot.tsx): the first view has no lesson.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-code'; // its words load with this chunk (docs/i18n.md)
import { appStore, useApp } from '../../state/store';
import { goToStep, openViewInLesson } from '../../state/lesson-steps';
import type { OpenLesson } from '../../state/lesson-player-state';
import { langOf, textIn } from '../../lessons/local-text';
import { LessonText } from './LessonText';
import { LessonPrediction } from './LessonPrediction';
import { LessonTask } from './LessonTask';
import { LessonStepPicker, chapterOf } from './LessonStepPicker';
import { useLessonKeys } from './use-lesson-keys';
import { CloseButton } from '../forms/IconButton';
import { openCode } from '../code/open-code';
import './LessonPanel.css';

export { LessonQuestion } from './LessonPrediction';

export function LessonPanel() {
  const t = useT();
  const open = useApp((s) => s.lessonPlayer);
  if (!open)
    return (
      <section className="panel lesson lesson--loading" data-testid="lesson" aria-busy="true">
        <p className="lesson__loading" role="status">
          {t('lesson.loading')}
        </p>
      </section>
    );
  return <LessonSteps open={open} />;
}

function LessonSteps({ open }: { open: OpenLesson }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const presenting = useApp((s) => s.presenting);
  const stored = useApp((s) => s.lessonStep);
  const { lesson } = open;
  const count = lesson.steps.length;
  const index = Math.min(stored, count - 1);
  const step = lesson.steps[index]!;
  const chapter = chapterOf(lesson, index);
  const answered = useApp((s) => s.lessonAnswers[index] !== undefined);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // Moved by the player (a button, a key, the list): the focus follows to the new step's title,
  // so that a screen reader reads it and the keys go on working. Not on opening or Back/Forward.
  const moved = useRef(false);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new step is read from its start.
    body.current?.scrollTo?.({ top: 0 });
    if (!moved.current) return;
    moved.current = false;
    title.current?.focus({ preventScroll: true });
    title.current?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);

  const go = (to: number) => {
    if (to < 0 || to >= count || to === index) return;
    moved.current = true;
    goToStep(appStore, to);
  };
  useLessonKeys((action) => go(action === 'next' ? index + 1 : index - 1));

  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, lang);
  return (
    <section
      className="panel lesson"
      data-testid="lesson"
      data-step={index + 1}
      data-steps={count}
      aria-labelledby={titleId}
    >
      <div className="lesson__top">
        <p className="lesson__name" lang={langOf(lesson.title, lang)}>
          {text(lesson.title)}
        </p>
        <span
          className="lesson__progress numeric"
          data-testid="lesson-progress"
          aria-label={t('lesson.progressLabel', { step: index + 1, count })}
        >
          {t('lesson.progress', { step: index + 1, count })}
        </span>
        <CloseButton
          className="lesson__close"
          label={t('lesson.close')}
          title={t('lesson.closeTitle')}
          onClick={() => appStore.getState().closeLesson()}
        />
      </div>
      {chapter && (
        <p className="lesson__chapter" lang={langOf(chapter, lang)}>
          {text(chapter)}
        </p>
      )}
      <h2
        ref={title}
        id={titleId}
        className="lesson__title"
        tabIndex={-1}
        lang={langOf(step.title, lang)}
      >
        {text(step.title)}
      </h2>
      <div
        ref={body}
        className="lesson__body"
        // Focusable, so that a keyboard scrolls the text: ↑ ↓ here scroll it, not the timeline.
        tabIndex={0}
        onKeyDown={(event) => {
          if (event.target !== event.currentTarget) return;
          const by = { ArrowDown: 1, ArrowUp: -1 }[event.key];
          if (!by) return;
          event.preventDefault();
          event.currentTarget.scrollBy({ top: by * 40 });
        }}
      >
        <LessonText
          text={text(step.text)}
          className="lesson__text"
          onAppLink={(query) => openViewInLesson(appStore, query)}
        />
        {step.prediction && (
          <LessonPrediction
            key={`question-${index}`}
            stepIndex={index}
            prediction={step.prediction}
          />
        )}
        {/* After the question, if there is one: the task's live values would give it away. */}
        {step.task && (!step.prediction || answered) && (
          <LessonTask key={`task-${index}`} stepIndex={index} task={step.task} />
        )}
        {step.code && (
          <p className="lesson__code">
            <button
              type="button"
              className="button"
              data-testid="lesson-code"
              title={t('lesson.codeTitle')}
              onClick={() => step.code && openCode(step.code)}
            >
              {t('lesson.code', { target: t(`code.${step.code}`) })}
            </button>
          </p>
        )}
        {presenting && step.teacherNote && (
          <aside className="lesson__teacher-note" data-testid="lesson-teacher-note">
            <h3 className="lesson__label">{t('lesson.teacherNote')}</h3>
            <LessonText text={text(step.teacherNote)} />
          </aside>
        )}
      </div>
      <nav className="lesson__nav" aria-label={t('lesson.region')}>
        <button
          type="button"
          className="button"
          disabled={index === 0}
          title={t('lesson.backTitle')}
          aria-keyshortcuts="B PageUp"
          onClick={() => go(index - 1)}
        >
          {t('lesson.back')}
        </button>
        <LessonStepPicker lesson={lesson} index={index} onChoose={go} />
        <button
          type="button"
          className="button button--primary"
          disabled={index === count - 1}
          title={index === count - 1 ? t('lesson.lastStep') : t('lesson.nextTitle')}
          aria-keyshortcuts="N PageDown"
          onClick={() => go(index + 1)}
        >
          {t('lesson.next')}
        </button>
      </nav>
    </section>
  );
}
