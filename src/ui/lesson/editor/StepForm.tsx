/**
 * The selected step's form: title, chapter, text with the class's view of it rendered live
 * (LessonText, the player's own renderer), the view it opens, a question, a task and a note for
 * the teacher, and whether the step offers the code of its view. Texts are edited in the app's language; validation's messages sit under their
 * fields (src/lessons/authoring/check.ts).
 */
import { useT } from '../../../i18n';
import { appStore, useApp } from '../../../state/store';
import type { LessonStep } from '../../../lessons/types';
import { newPrediction, newTask, updateStep, type Patch } from '../../../lessons/authoring/draft';
import { messagesAt, stepPath, type DraftCheck } from '../../../lessons/authoring/check';
import { LessonText } from '../LessonText';
import { LocalTextField, TextField } from './fields';
import { PredictionForm } from './PredictionForm';
import { TaskForm } from './TaskForm';
import { currentViewLink } from './editor-actions';
import { useDraft } from './draft-store';
import { CODE_TARGETS, type CodeTarget } from '../../../export/code/types';

export function StepForm({ check }: { check: DraftCheck }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { draft, selected, edit, remove } = useDraft();
  const step = draft.steps[selected];
  if (!step) return null;
  const path = stepPath(selected);
  const at = (field: string) => messagesAt(check, `${path}.${field}`);
  const patch = (change: Patch<LessonStep> | ((step: LessonStep) => Patch<LessonStep>)) =>
    edit(updateStep(draft, selected, change));
  // Turning a question or a task off removes it: Undo brings it back.
  const toggle = (change: Patch<LessonStep>, on: boolean) =>
    (on ? edit : remove)(updateStep(draft, selected, change));
  const text = step.text[lang] ?? '';

  return (
    <section className="lesson-editor__form" aria-labelledby="lesson-editor-step">
      <h3 id="lesson-editor-step" className="lesson-editor__heading">
        {t('lessonEditorForm.stepHeading', { n: selected + 1, count: draft.steps.length })}
      </h3>
      <div className="lesson-editor__row">
        <LocalTextField
          label={t('lessonEditorForm.stepTitle')}
          text={step.title}
          messages={at('title')}
          onText={(title) => patch({ title })}
        />
        <LocalTextField
          label={t('lessonEditorForm.chapter')}
          text={step.chapter}
          optional
          messages={at('chapter')}
          onText={(chapter) => patch({ chapter })}
        />
      </div>
      <div className="lesson-editor__row lesson-editor__row--text">
        <LocalTextField
          label={t('lessonEditorForm.text')}
          text={step.text}
          rows={8}
          messages={at('text')}
          onText={(text) => patch({ text })}
        />
        <div className="lesson-editor__rendered" data-testid="editor-rendered">
          <p className="lesson-editor__label">{t('lessonEditorForm.rendered')}</p>
          <LessonText text={text} className="lesson-editor__rendered-text" />
        </div>
      </div>
      <div className="lesson-editor__link">
        <TextField
          label={t('lessonEditorForm.link')}
          value={step.link}
          readOnly
          messages={at('link')}
          onChange={() => undefined}
        />
        <button
          type="button"
          className="button"
          onClick={() => patch({ link: currentViewLink(appStore) })}
        >
          {t('lessonEditorForm.useView')}
        </button>
      </div>
      <Part
        label={t('lessonEditorForm.prediction')}
        on={step.prediction !== undefined}
        onToggle={(on) => toggle({ prediction: on ? newPrediction(lang) : undefined }, on)}
      >
        {step.prediction && (
          <PredictionForm
            prediction={step.prediction}
            messagesAt={(field) => at(`prediction${field}`)}
            onChange={(prediction) => patch({ prediction })}
          />
        )}
      </Part>
      <Part
        label={t('lessonEditorForm.task')}
        on={step.task !== undefined}
        onToggle={(on) => toggle({ task: on ? newTask(lang) : undefined }, on)}
      >
        {step.task && (
          <TaskForm
            task={step.task}
            messagesAt={(field) => at(`task${field}`)}
            onChange={(task) => patch({ task })}
          />
        )}
      </Part>
      <LocalTextField
        label={t('lessonEditorForm.teacherNote')}
        text={step.teacherNote}
        optional
        rows={2}
        messages={at('teacherNote')}
        onText={(teacherNote) => patch({ teacherNote })}
      />
      <label className="lesson-editor__code">
        <span className="lesson-editor__label">{t('lessonEditorForm.code')}</span>
        <select
          value={step.code ?? ''}
          onChange={(event) => {
            const value = event.target.value as CodeTarget;
            patch({ code: CODE_TARGETS.includes(value) ? value : undefined });
          }}
        >
          <option value="">{t('lessonEditorForm.codeNone')}</option>
          {CODE_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(
                target === 'pytorch'
                  ? 'lessonEditorForm.codePytorch'
                  : 'lessonEditorForm.codeNumpy',
              )}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

/** An optional part of a step (a question, a task): a checkbox, and its fields when on. */
function Part(props: {
  label: string;
  on: boolean;
  onToggle(on: boolean): void;
  children: React.ReactNode;
}) {
  return (
    <fieldset className={`lesson-editor__part${props.on ? ' is-on' : ''}`}>
      <legend>
        <label className="lesson-editor__toggle">
          <input
            type="checkbox"
            checked={props.on}
            onChange={(event) => props.onToggle(event.target.checked)}
          />
          {props.label}
        </label>
      </legend>
      {props.children}
    </fieldset>
  );
}
