/**
 * The sweep's progress under the chart while it is not complete: a bar (role=progressbar), how
 * many α of how many, and Cancel (or Resume after a Cancel or an error).
 */
import { useT } from '../../i18n';
import type { SweepView } from './sweep-scheduler';
import { ProgressBar } from '../progress-bar';

export function SweepProgress({
  view,
  onCancel,
  onResume,
}: {
  view: SweepView;
  onCancel: () => void;
  onResume: () => void;
}) {
  const t = useT();
  const percent = view.total > 0 ? Math.round((100 * view.done) / view.total) : 0;
  const stopped = view.status === 'cancelled' || view.status === 'error';
  const text =
    view.status === 'error'
      ? t('sweep.stopped', { error: view.error })
      : view.status === 'cancelled'
        ? t('lab.cancelledAt', { done: view.done, total: view.total })
        : t('sweep.sweeping', { done: view.done, total: view.total });
  return (
    <div className="sweep-progress" data-testid="sweep-progress">
      {!stopped && (
        <ProgressBar
          className="sweep-progress__bar"
          fillClassName="sweep-progress__fill"
          label={t('sweep.progress')}
          percent={percent}
          valueText={t('lab.runsOf', { done: view.done, total: view.total })}
        />
      )}
      <span
        className={`hint-line sweep-progress__text${view.status === 'error' ? ' sweep-progress__text--error' : ''}`}
        role="status"
        title={text}
      >
        {text}
      </span>
      {stopped ? (
        <button type="button" className="button sweep-progress__button" onClick={onResume}>
          {view.status === 'error' ? t('lab.retry') : t('lab.resume')}
        </button>
      ) : (
        <button type="button" className="button sweep-progress__button" onClick={onCancel}>
          {t('lab.cancel')}
        </button>
      )}
    </div>
  );
}
