/**
 * The schedule editor of one run, the content of ScheduleControl's popover: the type, one line
 * on what it does, its fields (defaults as placeholders, checked like a link's schedule), and
 * lr(t) plotted over the scenario's steps with, for one-cycle, the cycled μ or β1.
 *
 * The lr sequence is computed here on the main thread from the closed forms of
 * src/core/schedules.ts: it is a few thousand multiplications, not a trajectory.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { lrSequenceOf } from '../../core/schedules';
import { SCHEDULE_TYPES, type OptimizerSpec, type ScheduleType } from '../../scenario/types';
import { useT } from '../../i18n';
import { optimizerTitle, runDisplayName } from '../../i18n/text';
import {
  SCHEDULE_FIELDS,
  cycledParam,
  fieldHint,
  scheduleIssues,
  scheduleFormula,
  scheduleOfType,
  scheduleTitle,
} from './schedule-fields';
import type { ScheduleSpec } from '../../scenario/types';
import { ScheduleFieldRow } from './ScheduleFieldRow';
import { SchedulePlot } from './SchedulePlot';
import { CloseButton } from '../forms/IconButton';

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
  const t = useT();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
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

  // This module loads on demand: a popover opened before it arrived could not focus the type
  // yet, so the editor does it on arrival (otherwise the popover's toggle already has).
  useEffect(() => {
    const element = root.current;
    if (element?.closest(':popover-open') && !element.contains(document.activeElement)) {
      element.querySelector<HTMLElement>('select')?.focus();
    }
  }, []);

  return (
    <div ref={root} className="schedule-editor" aria-labelledby={titleId}>
      <header className="schedule-editor__header">
        <h3 id={titleId} className="schedule-editor__title">
          {t('schedule.title')}
          <span className="schedule-editor__run">
            {t('schedule.run', { n: index + 1, name: runDisplayName(spec) })}
          </span>
        </h3>
        <CloseButton
          framed={false}
          className="schedule-editor__close"
          label={t('schedule.close')}
          title={t('schedule.closeTitle')}
          onClick={onClose}
        />
      </header>
      <div className="schedule-editor__type">
        <select
          className="box-select schedule-editor__select"
          aria-label={t('schedule.typeSelect')}
          value={type}
          onChange={(event) => onChange(scheduleOfType(event.target.value as ScheduleType))}
        >
          {SCHEDULE_TYPES.map((option) => (
            <option key={option} value={option}>
              {scheduleTitle(option)}
            </option>
          ))}
        </select>
        <span className="schedule-editor__base numeric">
          {type === 'one-cycle'
            ? t('schedule.peak', { lr: spec.lr })
            : t('schedule.base', { lr: spec.lr })}
        </span>
      </div>
      <p className="schedule-editor__formula">{scheduleFormula(type)}</p>
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
          {t('schedule.issue', { steps, issue: issues[0] })}
        </p>
      )}
      {cyclesNothing && (
        <p className="schedule-editor__note">
          {t('schedule.cyclesNothing', { name: optimizerTitle(spec.type) })}
        </p>
      )}
      {schedule?.type === 'one-cycle' && cycled === 'momentum' && spec.type === 'gd' && (
        <p className="schedule-editor__note">{t('schedule.gdMomentum')}</p>
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
