/**
 * One field of a schedule in the editor: "name | input | hint". A number field shows the stored
 * value, or the default as its placeholder when empty; it commits on Enter or blur after the
 * validator's check (an empty field goes back to the default), shows the message in place when
 * the check fails, and Escape drops the edit. Booleans are a checkbox, annealStrategy a select.
 */
import { useId } from 'react';
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
import { useDraftNumber } from '../forms/use-draft-number';

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
  const { name, kind } = field;
  const fallback = defaultOf(schedule.type, name, steps);
  const stored = valueOf(schedule, name);

  /** Applies a value (undefined: the default) if the validator accepts it; else why not. */
  const check = (value: number | boolean | 'cos' | 'linear' | undefined): string | null => {
    const edit = editField(schedule, name, value, steps);
    if (!edit.ok) return edit.message;
    onChange(edit.spec);
    return null;
  };
  const number = useDraftNumber<number | undefined>({
    value: typeof stored === 'number' ? stored : undefined,
    format: (value) => (value === undefined ? '' : formatHyperparam(value)),
    parse: parseField,
    onCommit: check,
  });
  const apply = (value: boolean | 'cos' | 'linear' | undefined) => number.showMessage(check(value));
  const error = number.message;

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
        className="number-field schedule-field__input numeric"
        placeholder={formatDefault(fallback)}
        {...number.textFieldProps(errorId)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') number.commit();
          else if (event.key === 'Escape' && (number.draft !== null || error !== null)) {
            // Escape first undoes the edit; only a second one closes the editor.
            event.preventDefault();
            event.stopPropagation();
            number.revert();
          }
        }}
      />
    );
  }

  return (
    <div className="schedule-field">
      <label className="schedule-field__name" htmlFor={inputId}>
        {name}
      </label>
      {control}
      <span className="hint-line schedule-field__hint" title={hint}>
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
