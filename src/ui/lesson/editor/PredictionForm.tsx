/**
 * A step's question (docs/lessons.md, "Prediction"): the question, 2 to 4 choices with the right
 * one chosen by a radio button, and the explanation shown after the answer.
 */
import { useId } from 'react';
import { useT } from '../../../i18n';
import { useApp } from '../../../state/store';
import type { LessonPrediction } from '../../../lessons/types';
import {
  MAX_CHOICES,
  MIN_CHOICES,
  addChoice,
  removeChoice,
} from '../../../lessons/authoring/draft';
import { LocalTextField, Messages } from './fields';
import { CloseButton } from '../../forms/IconButton';

interface Props {
  prediction: LessonPrediction;
  /** Messages for a field of the prediction: `.question`, `.choices[1]`, `` for the whole. */
  messagesAt(field: string): string[];
  onChange(prediction: LessonPrediction): void;
}

export function PredictionForm({ prediction, messagesAt, onChange }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const name = useId();
  const { choices } = prediction;
  const own = messagesAt('').filter((m) => !/^(question|choices|explanation)/.test(m));
  return (
    <div className="lesson-editor__prediction">
      <LocalTextField
        label={t('lessonEditorForm.question')}
        text={prediction.question}
        rows={2}
        messages={messagesAt('.question')}
        onText={(question) => onChange({ ...prediction, question })}
      />
      <ol className="lesson-editor__choices">
        {choices.map((choice, i) => (
          <li key={i} className="lesson-editor__choice" data-testid="editor-choice">
            <input
              type="radio"
              name={name}
              checked={prediction.answer === i}
              aria-label={t('lessonEditorForm.isAnswer', { n: i + 1 })}
              title={t('lessonEditorForm.isAnswer', { n: i + 1 })}
              onChange={() => onChange({ ...prediction, answer: i })}
            />
            <LocalTextField
              label={t('lessonEditorForm.choice', { n: i + 1 })}
              text={choice}
              messages={messagesAt(`.choices[${i}]`)}
              onText={(text) =>
                onChange({ ...prediction, choices: choices.map((c, j) => (j === i ? text : c)) })
              }
            />
            {prediction.answer === i && (
              <span className="lesson-editor__answer">{t('lessonEditorForm.answer')}</span>
            )}
            <CloseButton
              label={t('lessonEditorForm.removeChoice', { n: i + 1 })}
              title={t('lessonEditorForm.removeChoice', { n: i + 1 })}
              disabled={choices.length <= MIN_CHOICES}
              onClick={() => onChange(removeChoice(prediction, i))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button lesson-editor__add-choice"
        disabled={choices.length >= MAX_CHOICES}
        onClick={() => onChange(addChoice(prediction, lang))}
      >
        {t('lessonEditorForm.addChoice')}
      </button>
      <Messages id={`${name}-messages`} messages={own} />
      <LocalTextField
        label={t('lessonEditorForm.explanation')}
        text={prediction.explanation}
        rows={2}
        messages={messagesAt('.explanation')}
        onText={(explanation) => onChange({ ...prediction, explanation })}
      />
    </div>
  );
}
