/**
 * A step's task (docs/lessons.md, "Task"): what to do, the condition that says when it is done —
 * read live by the condition language's own parser, its message shown as the teacher types, with
 * the words it knows (docs/lesson-conditions.md) — a hint and the text shown once it is done.
 */
import { useId } from 'react';
import { useT } from '../../../i18n';
import type { LessonTask, LocalText } from '../../../lessons/types';
import { CONDITION_WORDS, conditionMessage } from '../../../lessons/authoring/check';
import { LocalTextField, Messages } from './fields';

interface Props {
  task: LessonTask;
  /** Messages for a field of the task: `.prompt`, `.condition`. */
  messagesAt(field: string): string[];
  onChange(task: LessonTask): void;
}

/** Optional fields, removed when left empty; side by side under the condition. */
const OPTIONAL = ['hint', 'success'] as const;
type Optional = (typeof OPTIONAL)[number];

export function TaskForm({ task, messagesAt, onChange }: Props) {
  const t = useT();
  const id = useId();
  const parseError = conditionMessage(task.condition);
  // The parser's own message, and validation's others (a run the link does not open).
  const messages = [
    ...(parseError ? [parseError] : []),
    ...messagesAt('.condition').filter((m) => m !== parseError),
  ];
  const optional = (field: Optional) => (text: LocalText | undefined) => {
    const next = { ...task };
    if (text) next[field] = text;
    else delete next[field];
    onChange(next);
  };
  const words = [
    ...CONDITION_WORDS.subjects,
    ...CONDITION_WORDS.quantities,
    ...CONDITION_WORDS.hyperparams,
    ...CONDITION_WORDS.joins,
  ];
  return (
    <div className="lesson-editor__task">
      <LocalTextField
        label={t('lessonEditorForm.prompt')}
        text={task.prompt}
        rows={2}
        messages={messagesAt('.prompt')}
        onText={(prompt) => onChange({ ...task, prompt })}
      />
      <div className="lesson-editor__field">
        <label htmlFor={id} className="lesson-editor__label">
          {t('lessonEditorForm.condition')}
        </label>
        <input
          id={id}
          type="text"
          className="lesson-editor__input lesson-editor__condition"
          value={task.condition}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={`${id}-messages ${id}-words`}
          onChange={(event) => onChange({ ...task, condition: event.target.value })}
        />
        <div aria-live="polite" data-testid="condition-message">
          {messages.length > 0 ? (
            <Messages id={`${id}-messages`} messages={messages} />
          ) : (
            <p id={`${id}-messages`} className="lesson-editor__ok">
              {t('lessonEditorForm.conditionOk')}
            </p>
          )}
        </div>
        <p id={`${id}-words`} className="lesson-editor__words">
          {t('lessonEditorForm.conditionWords')}:{' '}
          {words.map((word) => (
            <span key={word}>
              <code>{word}</code>{' '}
            </span>
          ))}
        </p>
      </div>
      <div className="lesson-editor__row">
        {OPTIONAL.map((field) => (
          <LocalTextField
            key={field}
            label={t(`lessonEditorForm.${field}`)}
            text={task[field]}
            optional
            rows={2}
            messages={messagesAt(`.${field}`)}
            onText={optional(field)}
          />
        ))}
      </div>
    </div>
  );
}
