/**
 * The schedule editor of one run, the content of ScheduleControl's popover: the type, one line
 * on what it does, its fields (defaults as placeholders, checked like a link's schedule), and
 * lr(t) plotted over the scenario's steps with, for one-cycle, the cycled μ or β1.
 *
 * The lr sequence is computed here on the main thread from the closed forms of
 * src/core/schedules.ts: it is a few thousand multiplications, not a trajectory.
 */
import { useId, useMemo } from 'react';
import { lrSequenceOf } from '../../core/schedules';
import { SCHEDULE_TYPES, type OptimizerSpec, type ScheduleType } from '../../scenario/types';
import { OPTIMIZER_TITLES } from '../../core/optimizers';
import {
  SCHEDULE_FIELDS,
  SCHEDULE_FORMULAS,
  SCHEDULE_TITLES,
  cycledParam,
  fieldHint,
  scheduleIssues,
  scheduleOfType,
} from './schedule-fields';
import type { ScheduleSpec } from '../../scenario/types';
import { ScheduleFieldRow } from './ScheduleFieldRow';
import { SchedulePlot } from './SchedulePlot';

interface ScheduleEditorProps {
  index: number;
  spec: OptimizerSpec;
  steps: number;
  color: string;
  onChange(schedule: ScheduleSpec | undefined): void;
  onClose(): void;
}

const CYCLED_SYMBOL = { momentum: 'μ', beta1: 'β1' } as const;

export function ScheduleEditor({
  index,
  spec,
  steps,
  color,
  onChange,
  onClose,
}: ScheduleEditorProps) {
  const titleId = useId();
  const schedule = spec.schedule;
  const type: ScheduleType = schedule?.type ?? 'constant';
  const issues = useMemo(() => scheduleIssues(schedule, steps), [schedule, steps]);
  const sequence = useMemo(
    () => (issues.length === 0 ? lrSequenceOf(spec, steps) : null),
    [spec, steps, issues],
  );
  const cycled = cycledParam(spec.type);
  const momentum = cycled !== null ? (sequence?.momentum ?? null) : null;
  const cyclesNothing =
    schedule?.type === 'one-cycle' && schedule.cycleMomentum !== false && cycled === null;

  return (
    <div className="schedule-editor" aria-labelledby={titleId}>
      <header className="schedule-editor__header">
        <h3 id={titleId} className="schedule-editor__title">
          Learning-rate schedule
          <span className="schedule-editor__run">
            run {index + 1} · {spec.label ?? OPTIMIZER_TITLES[spec.type]}
          </span>
        </h3>
        <button
          type="button"
          className="schedule-editor__close"
          aria-label="Close the schedule editor"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="schedule-editor__type">
        <select
          className="schedule-editor__select"
          aria-label="schedule type"
          value={type}
          onChange={(event) => onChange(scheduleOfType(event.target.value as ScheduleType))}
        >
          {SCHEDULE_TYPES.map((option) => (
            <option key={option} value={option}>
              {SCHEDULE_TITLES[option]}
            </option>
          ))}
        </select>
        <span className="schedule-editor__base numeric">
          {type === 'one-cycle' ? 'peak' : 'base'} α = {spec.lr}
        </span>
      </div>
      <p className="schedule-editor__formula">{SCHEDULE_FORMULAS[type]}</p>
      {schedule && SCHEDULE_FIELDS[type].length > 0 && (
        <div className="schedule-editor__fields">
          {SCHEDULE_FIELDS[type].map((field) => (
            <ScheduleFieldRow
              key={`${type}-${field.name}`}
              field={field}
              hint={fieldHint(field, cycled)}
              schedule={schedule}
              steps={steps}
              onChange={onChange}
            />
          ))}
        </div>
      )}
      {issues.length > 0 && (
        <p className="schedule-editor__issue" role="alert">
          Not run with {steps} steps: {issues[0]}
        </p>
      )}
      {cyclesNothing && (
        <p className="schedule-editor__note">
          {OPTIMIZER_TITLES[spec.type]} has no momentum or β1 to cycle: only the lr changes.
        </p>
      )}
      {schedule?.type === 'one-cycle' && cycled === 'momentum' && spec.type === 'gd' && (
        <p className="schedule-editor__note">
          As in PyTorch, cycling μ gives gradient descent momentum.
        </p>
      )}
      {sequence && (
        <SchedulePlot
          lr={sequence.lr}
          momentum={momentum}
          momentumName={cycled ? CYCLED_SYMBOL[cycled] : ''}
          steps={steps}
          color={color}
        />
      )}
    </div>
  );
}
