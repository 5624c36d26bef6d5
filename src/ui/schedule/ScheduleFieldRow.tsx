/**
 * One field of a schedule in the editor: "name | input | hint". A number field shows the stored
 * value, or the default as its placeholder when empty; it commits on Enter or blur after the
 * validator's check (an empty field goes back to the default), shows the message in place when
 * the check fails, and Escape drops the edit. Booleans are a checkbox, annealStrategy a select.
 */
import { useId, useState } from 'react';
import type { ScheduleSpec } from '../../scenario/types';
import { formatHyperparam } from '../optimizers/format';
import { useT } from '../../i18n';
import {
  defaultOf,
  editField,
  formatDefault,
  parseField,
  valueOf,
  type FieldInfo,
} from './schedule-fields';

interface ScheduleFieldRowProps {
  field: FieldInfo;
  /** The hint shown after the input (fieldHint, for this run's optimizer). */
  hint: string;
  schedule: ScheduleSpec;
  steps: number;
  onChange(schedule: ScheduleSpec): void;
}

export function ScheduleFieldRow({
  field,
  hint,
  schedule,
  steps,
  onChange,
}: ScheduleFieldRowProps) {
  const t = useT();
  const inputId = useId();
  const errorId = useId();
  /** The field's text while it is being edited; null shows the stored value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { name, kind } = field;
  const fallback = defaultOf(schedule.type, name, steps);
  const stored = valueOf(schedule, name);

  /** Applies a value (undefined: the default) if the validator accepts it, else shows why not. */
  const apply = (value: number | boolean | 'cos' | 'linear' | undefined): boolean => {
    const edit = editField(schedule, name, value, steps);
    if (!edit.ok) {
      setError(edit.message);
      return false;
    }
    setError(null);
    onChange(edit.spec);
    return true;
  };

  const commit = () => {
    if (draft === null) return;
    const parsed = parseField(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (parsed.value === stored) {
      setDraft(null);
      setError(null);
      return;
    }
    if (apply(parsed.value)) setDraft(null);
  };

  let control;
  if (kind === 'boolean') {
    const checked = typeof stored === 'boolean' ? stored : fallback === true;
    control = (
      <input
        id={inputId}
        className="schedule-field__check"
        type="checkbox"
        checked={checked}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        // The default is stored as absent, so the link keeps only what was changed.
        onChange={(event) =>
          apply(event.target.checked === fallback ? undefined : event.target.checked)
        }
      />
    );
  } else if (kind === 'anneal') {
    control = (
      <select
        id={inputId}
        className="schedule-field__select"
        value={typeof stored === 'string' ? stored : String(fallback)}
        onChange={(event) => {
          const value = event.target.value as 'cos' | 'linear';
          apply(value === fallback ? undefined : value);
        }}
      >
        <option value="cos">cos</option>
        <option value="linear">{t('schedule.annealLinear')}</option>
      </select>
    );
  } else {
    control = (
      <input
        id={inputId}
        className="schedule-field__input numeric"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={formatDefault(fallback)}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        value={draft ?? (typeof stored === 'number' ? formatHyperparam(stored) : '')}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          else if (event.key === 'Escape' && (draft !== null || error !== null)) {
            // Escape first undoes the edit; only a second one closes the editor.
            event.preventDefault();
            event.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={commit}
      />
    );
  }

  return (
    <div className="schedule-field">
      <label className="schedule-field__name" htmlFor={inputId}>
        {name}
      </label>
      {control}
      <span className="schedule-field__hint" title={hint}>
        {hint}
      </span>
      {error !== null && (
        <p id={errorId} className="schedule-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
