/**
 * The epoch boundaries of the selected run on the scrubber's track (issue 22; src/core/epochs.ts):
 * a tick at every step where the run has seen every training row once more, thinned to round
 * epochs (1, 2, 5, 10, …) 8 px apart at least, and labelled with the epoch ~64 px apart (at least
 * one label). Nothing for a
 * problem without data or a full-batch run (every step is an epoch). Decorative for assistive
 * technology: the range's value text and the readout say the epoch and batch.
 */
import { useRef } from 'react';
import { epochTicks, type RunBatches } from '../../core/epochs';
import { useSize } from '../charts/use-size';
import { useT } from '../../i18n';
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)
import { batchModeText } from './run-epochs';

/** The thumb's width (Timeline.css): its centre runs from half of it to the width less half. */
const THUMB = 18;
/** The room a label needs, and a tick mark. */
const LABEL_SPACING = 64;
const TICK_SPACING = 8;

export function EpochTicks({
  batches,
  steps,
  runName,
}: {
  batches: RunBatches;
  steps: number;
  runName: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const { width } = useSize(box);
  // Marks may sit 8 px apart, labels need ~64 px: two thinnings of the same round epochs.
  const room = Math.max(0, width - THUMB);
  const ticks =
    width > 0 ? epochTicks(steps, batches.perEpoch, Math.floor(room / TICK_SPACING)) : [];
  const labels =
    width > 0
      ? epochTicks(steps, batches.perEpoch, Math.max(1, Math.floor(room / LABEL_SPACING)))
      : [];
  const left = (step: number) => `calc(${THUMB / 2}px + (100% - ${THUMB}px) * ${step / steps})`;
  return (
    <div
      className="timeline__epochs"
      ref={box}
      aria-hidden="true"
      data-testid="epoch-ticks"
      data-per-epoch={batches.perEpoch}
      title={t('tables.epochTicks', { name: runName, mode: batchModeText(t, batches) })}
    >
      {ticks.map((tick) => (
        <span
          key={tick.epoch}
          className="timeline__epoch-tick"
          style={{ left: left(tick.step) }}
          data-step={tick.step}
        />
      ))}
      {labels.map((tick, i) => (
        <span
          key={`label-${tick.epoch}`}
          className="timeline__epoch-label"
          style={{ left: left(tick.step) }}
          data-step={tick.step}
        >
          {i === 0 ? t('tables.epochTick', { epoch: tick.epoch }) : tick.epoch}
        </span>
      ))}
    </div>
  );
}
