/**
 * The sweep's progress under the chart while it is not complete: a bar (role=progressbar), how
 * many α of how many, and Cancel (or Resume after a Cancel or an error).
 */
import type { SweepView } from './sweep-scheduler';

export function SweepProgress({
  view,
  onCancel,
  onResume,
}: {
  view: SweepView;
  onCancel: () => void;
  onResume: () => void;
}) {
  const percent = view.total > 0 ? Math.round((100 * view.done) / view.total) : 0;
  const stopped = view.status === 'cancelled' || view.status === 'error';
  const text =
    view.status === 'error'
      ? `Sweep stopped: ${view.error}`
      : view.status === 'cancelled'
        ? `Cancelled at ${view.done} of ${view.total} runs`
        : `Sweeping α: ${view.done} of ${view.total} runs`;
  return (
    <div className="sweep-progress" data-testid="sweep-progress">
      {!stopped && (
        <div
          className="sweep-progress__bar"
          role="progressbar"
          aria-label="Sweep progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${view.done} of ${view.total} runs`}
        >
          <div className="sweep-progress__fill" style={{ width: `${percent}%` }} />
        </div>
      )}
      <span
        className={`sweep-progress__text${view.status === 'error' ? ' sweep-progress__text--error' : ''}`}
        role="status"
        title={text}
      >
        {text}
      </span>
      {stopped ? (
        <button type="button" className="button sweep-progress__button" onClick={onResume}>
          {view.status === 'error' ? 'Retry' : 'Resume'}
        </button>
      ) : (
        <button type="button" className="button sweep-progress__button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
