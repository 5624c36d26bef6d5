/**
 * A step's question, asked before the runs are shown (predict-then-reveal, docs/app.md): the
 * step opened with the runs hidden; the student picks a choice and answers, which reveals the
 * runs as R does, marks the answer right or wrong and shows the explanation. The answer is kept
 * (src/lessons/progress.ts): coming back to the step shows it answered, the runs in sight.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { appStore, useApp } from '../../state/store';
import type { LessonPrediction as Prediction } from '../../lessons/types';
import { textIn } from '../../lessons/local-text';
import { revealRuns } from '../a11y/motion';
import { LessonText } from './LessonText';

export function LessonPrediction(props: { stepIndex: number; prediction: Prediction }) {
  const t = useT();
  const { stepIndex, prediction } = props;
  const lang = useApp((s) => s.lang);
  const answered = useApp((s) => s.lessonAnswers[stepIndex]);
  const [chosen, setChosen] = useState<number | null>(null);
  const name = useId();
  const legendId = useId();

  const verdict = useRef<HTMLDivElement>(null);
  const justAnswered = useRef(false);
  const answer = () => {
    if (chosen === null) return;
    justAnswered.current = true;
    appStore.getState().answerPrediction(stepIndex, chosen);
    revealRuns();
  };
  const done = answered !== undefined;
  // The verdict and the explanation come into sight once the student answers.
  useEffect(() => {
    if (!done || !justAnswered.current) return;
    justAnswered.current = false;
    verdict.current?.scrollIntoView?.({ block: 'nearest' });
  }, [done]);
  const right = answered === prediction.answer;
  return (
    <fieldset
      className={`lesson__part lesson__prediction${done ? ' lesson__prediction--done' : ''}`}
      data-testid="lesson-prediction"
      data-answered={done ? (right ? 'right' : 'wrong') : undefined}
      aria-labelledby={legendId}
    >
      <legend id={legendId} className="lesson__label">
        {t('lesson.predict')}
      </legend>
      <LessonText text={textIn(prediction.question, lang)} className="lesson__question" />
      <ul className="lesson__choices" role="list">
        {prediction.choices.map((choice, i) => {
          const inputId = `${name}-${i}`;
          const marks = done
            ? [
                ...(i === prediction.answer ? [t('lesson.theAnswer')] : []),
                ...(i === answered ? [t('lesson.yourAnswer')] : []),
              ]
            : [];
          return (
            <li
              key={i}
              className={`lesson__choice${done && i === prediction.answer ? ' lesson__choice--answer' : ''}${done && i === answered && !right ? ' lesson__choice--wrong' : ''}`}
              // The whole row picks the choice: its text may hold a formula, which a <label>
              // (phrasing content only) could not hold.
              onClick={() => !done && setChosen(i)}
            >
              <input
                id={inputId}
                type="radio"
                name={name}
                checked={done ? i === answered : i === chosen}
                disabled={done}
                aria-labelledby={`${inputId}-text`}
                onChange={() => setChosen(i)}
              />
              <div id={`${inputId}-text`} className="lesson__choice-text">
                <LessonText text={textIn(choice, lang)} />
                {marks.length > 0 && <span className="lesson__mark">{marks.join(' · ')}</span>}
              </div>
            </li>
          );
        })}
      </ul>
      {!done && (
        <div className="lesson__answer">
          <button
            type="button"
            className="button button--primary"
            disabled={chosen === null}
            onClick={answer}
          >
            {t('lesson.choose')}
          </button>
          {chosen === null && <span className="hint-line">{t('lesson.chooseHint')}</span>}
        </div>
      )}
      <div ref={verdict} role="status" className="lesson__verdict-slot">
        {done && (
          <p className={`lesson__verdict lesson__verdict--${right ? 'right' : 'wrong'}`}>
            {right ? t('lesson.right') : t('lesson.wrong')}
          </p>
        )}
      </div>
      {done && (
        <LessonText text={textIn(prediction.explanation, lang)} className="lesson__explanation" />
      )}
    </fieldset>
  );
}
