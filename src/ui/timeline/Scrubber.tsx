/**
 * The step scrubber: a range over 0 … steps bound to the cursor, and "step N / M" beside it.
 * Its own component, so the cursor's 60 updates a second during playback re-render only this.
 */
import { appStore, useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { formatStep } from '../../plot/chart-scale';
import { useT } from '../../i18n';

export function Scrubber() {
  const t = useT();
  const cursor = useApp(effectiveCursor);
  const steps = useApp((s) => s.scenario.steps);
  const fill = steps > 0 ? (cursor / steps) * 100 : 0;
  return (
    <div className="timeline__scrub">
      <input
        className="timeline__range"
        type="range"
        aria-label={t('timeline.step')}
        aria-valuetext={t('timeline.stepOf', { step: cursor, steps })}
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
      <output className="timeline__readout numeric" aria-live="off" data-testid="timeline-readout">
        <span className="timeline__readout-word">{t('timeline.step')}</span>{' '}
        {cursor.toLocaleString('en-US')}
        {/* A long total in short form ("1M"): the steps field beside it has the exact number. */}
        <span className="timeline__readout-total">
          {' / '}
          {steps >= 1e5 ? formatStep(steps) : steps.toLocaleString('en-US')}
        </span>
      </output>
    </div>
  );
}
