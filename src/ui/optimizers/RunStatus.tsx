/**
 * A run's outcome from the engine's results: the loss at its last step and, when it diverged,
 * a red badge with the step. Results lag edits briefly and may be missing: missing ones show a
 * dash, stale ones (computed for an earlier setting of the run) fade if the engine is slow;
 * another problem's results are never shown.
 * It reads only primitives of results[index], so it re-renders only when they change.
 * Before the cursor reaches the run's end (trails other than whole, src/state/trails.ts) it shows
 * the loss at the cursor, and the divergence badge only from its step: a reveal never gives the
 * outcome away before it plays. That part re-renders with the cursor, until the end.
 */
import { memo } from 'react';
import { useAppShallow } from '../../state/store';
import { runViews } from '../../state/run-views';
import { effectiveCursor } from '../../state/view-slice';
import { lastDrawnStep, readoutStep, reached } from '../../state/trails';
import { ContainedText } from '../contained-text';
import { formatLoss } from './format';
import { figuresWidth, valueWidth } from './value-width';
import './RunStatus.css';
import { useT } from '../../i18n';

/** Memoised: its card re-renders on every slider input; this reads the store itself. */
export const RunStatus = memo(function RunStatus({ index }: { index: number }) {
  const t = useT();
  const { known, stale, loss, lastStep, divergedAt, shownDivergence, atEnd } = useAppShallow(
    (s) => {
      // Only a result paired with this run (src/state/run-views.ts): never another problem's.
      const run = runViews(s).runs[index];
      const result = run?.result;
      const stale = run ? !run.fresh : false;
      if (!result || result.loss.length === 0)
        return {
          known: false,
          stale,
          loss: NaN,
          lastStep: 0,
          divergedAt: null,
          shownDivergence: false,
          atEnd: false,
        };
      const last = result.loss.length - 1;
      const cursor = effectiveCursor(s);
      // The loss at the cursor until the run's end is reached (its last step: never past it),
      // at most READOUTS_PER_SECOND times a second while playing.
      const step = readoutStep(lastDrawnStep(s.trails, cursor, last), last, s.playing, s.speed);
      const divergence = result.divergedAt;
      return {
        known: true,
        stale,
        loss: result.loss[step]!,
        lastStep: step,
        divergedAt: divergence,
        shownDivergence: divergence !== null && reached(s.trails, cursor, divergence),
        // The end is reached at the last step; a diverged run's at the step it diverged.
        atEnd: reached(s.trails, cursor, divergence ?? last),
      };
    },
  );

  if (!known) {
    return (
      <span className="run-status run-status--pending" title={t('optimizers.computing')}>
        —
      </span>
    );
  }
  return (
    <span className={stale ? 'run-status run-status--stale' : 'run-status'}>
      <span
        className="run-status__loss"
        data-testid={`run-status-${index}`}
        data-step={lastStep}
        data-final={atEnd}
        title={
          !atEnd
            ? t('reveal.lossAtCursor', { step: lastStep })
            : divergedAt === null
              ? t('optimizers.lossAtLast', { step: lastStep })
              : t('optimizers.lossBeforeDivergence', { step: lastStep })
        }
      >
        {/* "final" only when the run reached its last step: a diverged run stopped early; before
            the cursor gets there, the loss at the cursor's step. */}
        <span className="run-status__key">
          {!atEnd ? (
            <StepText step={lastStep} />
          ) : divergedAt === null ? (
            t('optimizers.finalLoss')
          ) : (
            t('optimizers.loss')
          )}
        </span>{' '}
        {/* Its widest width held while a drag changes it (use-held-width.ts), so that a new
            form lays out only this box; beside the divergence badge its own, which leaves no
            gap before the badge. */}
        <ContainedText
          className="numeric run-status__value"
          text={formatLoss(loss)}
          width={valueWidth}
          hold={!shownDivergence}
        />
      </span>
      {shownDivergence && divergedAt !== null && (
        <span className="run-status__diverged">
          {t('optimizers.divergedAt', { step: divergedAt })}
        </span>
      )}
    </span>
  );
});

/**
 * "loss at 120" with the step in a box of its own (ContainedText): during playback the step
 * changes ten times a second in every card, and would lay the page out from its root.
 */
function StepText({ step }: { step: number }) {
  const t = useT();
  const [before, after] = t('reveal.lossAtStep', { step: STEP_MARK }).split(STEP_MARK);
  return (
    <>
      {before}
      <ContainedText className="run-status__step" text={String(step)} width={figuresWidth} />
      {after}
    </>
  );
}

/** Where the step goes in the translated "loss at {{step}}". */
const STEP_MARK = '\u0001';
