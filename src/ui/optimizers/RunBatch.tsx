/**
 * A run's own mini-batch size (docs/scenario.md, `optimizers[i].batchSize`): one row of the run
 * card's parameter grid on a problem on data, "batch | select", so that one-sample, mini-batch
 * and full-batch runs can share one view of the same data. A lesson shows it when its `show=`
 * names `batch`; a run with its own size shows it anyway (read only), so the class sees why the
 * paths differ.
 */
import { memo, useId } from 'react';
import { useT } from '../../i18n';
import { isShown } from '../../state/lesson';
import { useApp } from '../../state/store';
import { unsetField } from './patches';
import { runBatchOptions } from './run-batch-options';
import './RunBatch.css';

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const RunBatch = memo(function RunBatch({
  index,
  batchSize,
}: {
  index: number;
  batchSize: number | undefined;
}) {
  const t = useT();
  const id = useId();
  const problem = useApp((s) => s.scenario.problem);
  const lesson = useApp((s) => s.lesson);
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  const options = runBatchOptions(problem, batchSize, {
    problems: (size) => t('runs.batch.problems', { size }),
    one: t('runs.batch.one'),
    full: (n) => t('runs.batch.full', { n }),
  });
  const editable = isShown(lesson, 'batch');
  if (!options || (!editable && batchSize === undefined)) return null;
  const selected = options.findIndex((option) => option.size === batchSize);

  return (
    <div className="run-batch">
      <label className="run-batch__label" htmlFor={id} title={t('runs.batch.title')}>
        <span className="run-batch__symbol">B</span>
        <span className="hint-line run-batch__name">{t('runs.batch.label')}</span>
      </label>
      <select
        id={id}
        disabled={!editable}
        className="quiet-control run-batch__select"
        aria-label={t('runs.batch.select', { n: index + 1 })}
        title={t('runs.batch.title')}
        value={String(Math.max(0, selected))}
        onChange={(event) => {
          const size = options[Number(event.target.value)]?.size;
          updateOptimizer(
            index,
            size === undefined ? unsetField('batchSize') : { batchSize: size },
          );
        }}
      >
        {options.map((option, i) => (
          <option key={i} value={String(i)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
});
