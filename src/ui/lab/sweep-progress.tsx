/** The sweep's progress under the chart while it is not complete: how many α of how many. */
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { JobProgress } from '../worker-jobs/JobProgress';
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
  const t = useT();
  const counts = { done: view.done, total: view.total };
  return (
    <JobProgress
      block="sweep-progress"
      status={view.status}
      percent={view.total > 0 ? Math.round((100 * view.done) / view.total) : 0}
      label={t('sweep.progress')}
      valueText={t('lab.runsOf', counts)}
      text={
        view.status === 'error'
          ? t('sweep.stopped', { error: view.error })
          : view.status === 'cancelled'
            ? t('lab.cancelledAt', counts)
            : t('sweep.sweeping', counts)
      }
      onCancel={onCancel}
      onResume={onResume}
    />
  );
}
