/**
 * The step scrubber: a range over 0 … steps bound to the cursor, and "step N / M" beside it.
 * Its own component, so the cursor's 60 updates a second during playback re-render only this.
 * For a run on data with mini-batches (the selected run), the track shows its epoch boundaries
 * (EpochTicks) and the readout the epoch and batch of the step (issue 22).
 */
import { Suspense } from 'react';
import { appStore, useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { formatStep } from '../../plot/chart-scale';
import { useT } from '../../i18n';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import { batchesOfSize, epochText } from './run-epochs';
import { runDisplayName } from '../../i18n/text';
import { ContainedText } from '../contained-text';
import { figuresWidth } from '../optimizers/value-width';

// The epoch ticks show for mini-batch runs only, which the first view has none of (issue 17).
const EpochTicks = lazyPart(
  onDemand(() => import('./EpochTicks')),
  (m) => m.EpochTicks,
);

export function Scrubber() {
  const t = useT();
  const cursor = useApp(effectiveCursor);
  const steps = useApp((s) => s.scenario.steps);
  const problem = useApp((s) => s.scenario.problem);
  // The selected run's batch size and name, not its spec: a slider's α is not a render here.
  const hasRun = useApp((s) => s.scenario.optimizers[s.selectedRun] !== undefined);
  const batchSize = useApp((s) => s.scenario.optimizers[s.selectedRun]?.batchSize);
  const runName = useApp((s) => {
    const spec = s.scenario.optimizers[s.selectedRun];
    return spec ? runDisplayName(spec) : '';
  });
  const batches = hasRun ? batchesOfSize(problem, batchSize) : null;
  const epoch = batches ? epochText(t, batches, cursor) : null;
  const fill = steps > 0 ? (cursor / steps) * 100 : 0;
  const stepOf = t('timeline.stepOf', { step: cursor, steps });
  return (
    <div className="timeline__scrub">
      <div className="timeline__track">
        {/* The range in a box that contains its layout (Timeline.css): the thumb moves at every
            frame of playback and lays out the box, not the page from its root (issue 17). */}
        <span className="timeline__range-box">
          <span className="layout-island timeline__range-island">
            <input
              className="timeline__range"
              type="range"
              aria-label={t('timeline.step')}
              aria-valuetext={epoch ? `${stepOf}, ${epoch}` : stepOf}
              min={0}
              max={steps}
              step={1}
              value={cursor}
              style={{ '--fill': `${fill}%` } as React.CSSProperties}
              onChange={(event) => {
                const state = appStore.getState();
                state.pause();
                state.setCursor(Number(event.currentTarget.value));
              }}
            />
          </span>
        </span>
        {batches && batches.mode !== 'full' && (
          <Suspense fallback={null}>
            <EpochTicks batches={batches} steps={steps} runName={runName} />
          </Suspense>
        )}
      </div>
      <output className="timeline__readout numeric" aria-live="off" data-testid="timeline-readout">
        <span className="timeline__readout-word">{t('timeline.step')}</span>{' '}
        {/* In a box that contains its layout: a new step at every frame of playback is laid
            out within it, and the page only when its digits grow. */}
        <ContainedText
          className="timeline__step"
          text={cursor.toLocaleString('en-US')}
          width={figuresWidth}
        />
        {/* A long total in short form ("1M"): the steps field beside it has the exact number. */}
        <span className="timeline__readout-total">
          {' / '}
          {steps >= 1e5 ? formatStep(steps) : steps.toLocaleString('en-US')}
        </span>
        {epoch && (
          <span
            className="timeline__epoch"
            data-testid="timeline-epoch"
            data-mode={batches!.mode}
            title={batches!.mode === 'full' ? t('tables.fullBatchStep') : epoch}
          >
            {epoch}
          </span>
        )}
      </output>
    </div>
  );
}
