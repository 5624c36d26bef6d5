/**
 * A run's learning-rate schedule on its card: "α(t) schedule | [Cosine ~sparkline~ ▾]". The
 * button opens the schedule editor in a popover (HTML popover API: top layer, so the scrolling
 * run list cannot clip it; Escape and a click outside close it, and focus returns to the
 * button). Choosing "Constant" removes the run's schedule field. In a lesson link the row shows
 * only for a run that has a schedule.
 */
import { memo, Suspense, useEffect, useMemo, useState } from 'react';
import { usePopoverDialog } from '../a11y/use-popover-dialog';
import { flushSync } from 'react-dom';
import { lrSequenceOf } from '../../core/schedules';
import { runColor } from '../../plot/palette';
import type { ScheduleSpec } from '../../scenario/types';
import { useApp } from '../../state/store';
import { isShown } from '../../state/lesson';
import { useT } from '../../i18n';
import { isScheduled, schedulePatch } from './patch';
import { applyPlace, placeEditor } from './placement';
import { scheduleIssues, scheduleTitle } from './schedule-fields';
import { sparklinePath } from './schedule-plot';
import { onDemand, preload } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import './ScheduleControl.css';
import './ScheduleEditor.css';

// The editor (its fields and lr(t) plot) loads on the first opening, or as a pointer or the
// focus reaches a schedule button: the first view shows the buttons only (issue 8).
const loadEditor = onDemand(() => import('./ScheduleEditor'));
const ScheduleEditor = lazyPart(loadEditor, (m) => m.ScheduleEditor);

/** The popover's width (ScheduleEditor.css), for placing it before it shows. */
const EDITOR_WIDTH = 420;
const SPARK_WIDTH = 64;
const SPARK_HEIGHT = 14;

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const ScheduleControl = memo(function ScheduleControl({
  index,
  schedule,
}: {
  index: number;
  schedule: ScheduleSpec | undefined;
}) {
  const t = useT();
  const type = schedule?.type ?? 'constant';
  const scheduled = isScheduled(schedule);
  // The spec only for a scheduled run's sparkline (it follows α); a constant α's control does not
  // render at each slider input (issue 17).
  const exists = useApp((s) => s.scenario.optimizers[index] !== undefined);
  const color = useApp((s) => runColor(s.scenario.optimizers[index]?.color, index));
  const steps = useApp((s) => s.scenario.steps);
  const lesson = useApp((s) => s.lesson);
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  const [open, setOpen] = useState(false);
  const spec = useApp((s) => (scheduled || open ? s.scenario.optimizers[index] : undefined));
  const { button, popover, trigger, dialog } = usePopoverDialog(null, {
    onBeforeToggle: (event) => {
      // The content mounts before the popover shows, so it never flashes empty; the
      // observer below places it once it has a size.
      if (event.newState === 'open') flushSync(() => setOpen(true));
    },
    onToggle: (event) => {
      if (event.newState === 'open') {
        popover.current?.querySelector<HTMLElement>('select')?.focus();
      } else setOpen(false);
    },
  });

  // Placed from its measured size whenever that changes (opening, another type's fields): a
  // ResizeObserver reports after layout and before paint, so it never shows misplaced.
  useEffect(() => {
    const element = popover.current;
    if (!open || !element) return;
    const place = () => {
      const trigger = button.current;
      if (!trigger || !element.matches(':popover-open')) return;
      const card = trigger.closest('.run-card') ?? trigger;
      applyPlace(
        element,
        placeEditor(
          card.getBoundingClientRect(),
          trigger.getBoundingClientRect(),
          { width: window.innerWidth, height: window.innerHeight },
          { width: element.offsetWidth, height: element.scrollHeight },
        ),
      );
    };
    const observer = new ResizeObserver(place);
    observer.observe(element.firstElementChild ?? element);
    return () => observer.disconnect();
  }, [open, button, popover]);

  const valid = useMemo(() => scheduleIssues(schedule, steps).length === 0, [schedule, steps]);
  const spark = useMemo(
    () =>
      spec && scheduled && valid
        ? sparklinePath(lrSequenceOf(spec, steps).lr, SPARK_WIDTH, SPARK_HEIGHT)
        : '',
    [spec, steps, scheduled, valid],
  );
  // A lesson link keeps the screen to what it names: without `schedule` in it, only a run that
  // has a schedule shows its row.
  if (!exists || (!isShown(lesson, 'schedule') && !scheduled)) return null;
  const title = scheduleTitle(type);

  return (
    <div className="schedule-control">
      <span className="schedule-control__label" title={t('schedule.labelTitle')}>
        <span className="schedule-control__symbol">
          α<span className="schedule-control__of-t">(t)</span>
        </span>
        <span className="hint-line schedule-control__name">{t('schedule.label')}</span>
      </span>
      <button
        {...trigger}
        type="button"
        className={`quiet-control schedule-control__button${scheduled ? ' schedule-control__button--on' : ''}`}
        aria-label={t('schedule.button', { n: index + 1, type: title.toLowerCase() })}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('schedule.buttonTitle')}
        onPointerEnter={() => preload(loadEditor)}
        onFocus={() => preload(loadEditor)}
      >
        <span className="schedule-control__type">{title}</span>
        {spark && (
          <svg
            className="schedule-control__spark"
            width={SPARK_WIDTH}
            height={SPARK_HEIGHT}
            aria-hidden="true"
            data-testid={`schedule-spark-${index}`}
          >
            <path d={spark} style={{ color }} />
          </svg>
        )}
        {!valid && <span className="schedule-control__invalid">{t('schedule.invalid')}</span>}
        <svg className="schedule-control__chevron" width="10" height="10" aria-hidden="true">
          <path d="M2 3.5 5 6.5 8 3.5" />
        </svg>
      </button>
      <div
        {...dialog}
        aria-label={t('schedule.dialog', { n: index + 1 })}
        className="top-layer popover schedule-control__popover"
        style={{ width: EDITOR_WIDTH }}
      >
        {/* The wrapper is what the observer above measures, whether the editor or the line
            said while its code loads is in it. */}
        {open && spec && (
          <div>
            <Suspense
              fallback={
                <p className="schedule-control__loading" role="status">
                  {t('chartPanel.loading')}
                </p>
              }
            >
              <ScheduleEditor
                index={index}
                spec={spec}
                steps={steps}
                color={color}
                onChange={(next) => updateOptimizer(index, schedulePatch(next))}
                onClose={() => popover.current?.hidePopover()}
              />
            </Suspense>
          </div>
        )}
      </div>
    </div>
  );
});
