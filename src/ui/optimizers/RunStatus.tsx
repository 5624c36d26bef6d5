/**
 * A run's outcome from the engine's results: the loss at its last step and, when it diverged,
 * a red badge with the step. Results lag edits briefly and may be missing: missing ones show a
 * dash, stale ones (computed for an earlier setting of the run) fade if the engine is slow;
 * another problem's results are never shown.
 * It reads only primitives of results[index], so it re-renders only when they change.
 */
import { useAppShallow } from '../../state/store';
import { runViews } from '../../state/run-views';
import { formatLoss } from './format';
import './RunStatus.css';
import { useT } from '../../i18n';

export function RunStatus({ index }: { index: number }) {
  const t = useT();
  const { known, stale, loss, lastStep, divergedAt } = useAppShallow((s) => {
    // Only a result paired with this run (src/state/run-views.ts): never another problem's.
    const run = runViews(s).runs[index];
    const result = run?.result;
    const stale = run ? !run.fresh : false;
    if (!result || result.loss.length === 0)
      return { known: false, stale, loss: NaN, lastStep: 0, divergedAt: null };
    const last = result.loss.length - 1;
    return {
      known: true,
      stale,
      loss: result.loss[last]!,
      lastStep: last,
      divergedAt: result.divergedAt,
    };
  });

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
        title={
          divergedAt === null
            ? t('optimizers.lossAtLast', { step: lastStep })
            : t('optimizers.lossBeforeDivergence', { step: lastStep })
        }
      >
        {/* "final" only when the run reached its last step: a diverged run stopped early. */}
        <span className="run-status__key">
          {divergedAt === null ? t('optimizers.finalLoss') : t('optimizers.loss')}
        </span>{' '}
        <span className="numeric">{formatLoss(loss)}</span>
      </span>
      {divergedAt !== null && (
        <span className="run-status__diverged">
          {t('optimizers.divergedAt', { step: divergedAt })}
        </span>
      )}
    </span>
  );
}
