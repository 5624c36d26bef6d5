/**
 * A step's question, asked before the runs are shown (predict-then-reveal, docs/app.md): the
 * step opens with the runs hidden and the question on the landscape, where the class looks
 * (LessonQuestion, in the predict overlay); the panel points there. Answering reveals the runs
 * as R does; the panel then marks the answer right or wrong and explains it. The answer is kept
 * (src/lessons/progress.ts): coming back, the step shows it answered, the runs in sight.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-lesson'; // its words load with this chunk (docs/i18n.md)
import { appStore, useApp } from '../../state/store';
import { questionPending } from '../../state/lesson-player-slice';
import type { LessonPrediction as Prediction } from '../../lessons/types';
import { textIn } from '../../lessons/local-text';
import { revealRuns } from '../a11y/motion';
import { LessonText } from './LessonText';

/** The choices and the answer button; answering reveals the runs. */
function ChoiceForm(props: { stepIndex: number; prediction: Prediction }) {
  const t = useT();
  const { stepIndex, prediction } = props;
  const lang = useApp((s) => s.lang);
  const [chosen, setChosen] = useState<number | null>(null);
  const name = useId();
  const answer = () => {
    if (chosen === null) return;
    appStore.getState().answerPrediction(stepIndex, chosen);
    revealRuns();
  };
  return (
    <>
      <Choices
        name={name}
        prediction={prediction}
        lang={lang}
        checked={chosen}
        onPick={setChosen}
      />
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
    </>
  );
}

/** The choices as radios; answered (`answered` set), disabled and marked. */
function Choices(props: {
  name: string;
  prediction: Prediction;
  lang: Parameters<typeof textIn>[1];
  checked: number | null;
  onPick?: (choice: number) => void;
  answered?: number;
}) {
  const t = useT();
  const { name, prediction, lang, checked, onPick, answered } = props;
  const done = answered !== undefined;
  return (
    <ul className="lesson__choices" role="list">
      {prediction.choices.map((choice, i) => {
        const inputId = `${name}-${i}`;
        const marks = done
          ? [
              ...(i === prediction.answer ? [t('lesson.theAnswer')] : []),
              ...(i === answered ? [t('lesson.yourAnswer')] : []),
            ]
          : [];
        const state = done && i === prediction.answer ? ' lesson__choice--answer' : '';
        const wrong = done && i === answered && i !== prediction.answer;
        return (
          <li
            key={i}
            className={`lesson__choice${state}${wrong ? ' lesson__choice--wrong' : ''}`}
            // The whole row picks the choice: its text may hold a formula, which a <label>
            // (phrasing content only) could not hold.
            onClick={() => onPick?.(i)}
          >
            <input
              id={inputId}
              type="radio"
              name={name}
              checked={i === checked}
              disabled={done}
              aria-labelledby={`${inputId}-text`}
              onChange={() => onPick?.(i)}
            />
            <div id={`${inputId}-text`} className="lesson__choice-text">
              <LessonText text={textIn(choice, lang)} />
              {marks.length > 0 && <span className="lesson__mark">{marks.join(' · ')}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The panel's part: the question, then (once answered) the verdict and the explanation. */
export function LessonPrediction(props: { stepIndex: number; prediction: Prediction }) {
  const t = useT();
  const { stepIndex, prediction } = props;
  const lang = useApp((s) => s.lang);
  const answered = useApp((s) => s.lessonAnswers[stepIndex]);
  // While the runs are hidden the question is on the landscape (the predict overlay).
  const onLandscape = useApp((s) => s.predicting);
  const name = useId();
  const legendId = useId();
  const done = answered !== undefined;
  const right = answered === prediction.answer;
  // The verdict comes into sight when the student answers (not when the step opens answered).
  const verdict = useRef<HTMLDivElement>(null);
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current) verdict.current?.scrollIntoView?.({ block: 'nearest' });
    wasDone.current = done;
  }, [done]);
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
      {done ? (
        <Choices
          name={name}
          prediction={prediction}
          lang={lang}
          checked={answered}
          answered={answered}
        />
      ) : onLandscape ? (
        <p className="hint-line">{t('lesson.onLandscape')}</p>
      ) : (
        <ChoiceForm stepIndex={stepIndex} prediction={prediction} />
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

/**
 * The question on the landscape while the runs are hidden (the predict overlay shows it in
 * place of its own words): the question and its choices in front of the class.
 */
export function LessonQuestion() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const pending = useApp(questionPending);
  const index = useApp((s) => s.lessonStep);
  const prediction = useApp((s) => s.lessonPlayer?.lesson.steps[index]?.prediction);
  const titleId = useId();
  if (!pending || !prediction) return null;
  return (
    <section
      className="lesson-question"
      data-testid="lesson-question"
      aria-labelledby={titleId}
      // Choosing here is the lesson's, not the landscape's: no pan or start point under it.
      onPointerDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId} className="lesson__label">
        {t('lesson.predict')}
      </h2>
      <LessonText text={textIn(prediction.question, lang)} className="lesson-question__text" />
      <ChoiceForm key={index} stepIndex={index} prediction={prediction} />
    </section>
  );
}
