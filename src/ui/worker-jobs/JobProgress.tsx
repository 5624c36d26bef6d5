/**
 * A worker job's progress line under its chart (the α sweep, the λmax tab): while it computes,
 * a bar (role=progressbar) and how far; after a Cancel or an error, why it stopped; and Cancel,
 * or Resume (Retry after an error). The words are the panel's; `block` names the line for its
 * panel's layout and tests (`data-testid`).
 */
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { ProgressBar } from '../progress-bar';
import type { JobStatus } from './run-job-scheduler';
import './JobProgress.css';

export function JobProgress({
  block,
  status,
  percent,
  label,
  valueText,
  text,
  onCancel,
  onResume,
}: {
  block: string;
  status: JobStatus;
  /** Done, 0–100. */
  percent: number;
  /** The bar's name, and how far in words ("12 of 40 runs"). */
  label: string;
  valueText: string;
  /** How far, or why the work stopped. */
  text: string;
  onCancel: () => void;
  onResume: () => void;
}) {
  const t = useT();
  const stopped = status === 'cancelled' || status === 'error';
  return (
    <div className={`job-progress ${block}`} data-testid={block}>
      {!stopped && (
        <ProgressBar
          className="job-progress__bar"
          fillClassName="job-progress__fill"
          label={label}
          percent={percent}
          valueText={valueText}
        />
      )}
      <span
        className={`hint-line job-progress__text${status === 'error' ? ' job-progress__text--error' : ''}`}
        role="status"
        title={text}
      >
        {text}
      </span>
      <button
        type="button"
        className="button job-progress__button"
        onClick={stopped ? onResume : onCancel}
      >
        {stopped ? t(status === 'error' ? 'lab.retry' : 'lab.resume') : t('lab.cancel')}
      </button>
    </div>
  );
}
