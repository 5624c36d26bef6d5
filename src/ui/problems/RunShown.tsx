/**
 * Which run a data panel shows (the regression's fit, the classifier's boundary): a menu of the
 * runs when there are several, selecting a run as a click on its card does; the run's name alone
 * when there is one.
 */
import type { OptimizerSpec } from '../../scenario/types';
import { runDisplayName } from '../../i18n/text';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)

export function RunShown({
  optimizers,
  selected,
  onSelect,
  selectClassName,
  nameClassName,
}: {
  optimizers: readonly OptimizerSpec[];
  selected: number;
  onSelect: (index: number) => void;
  /** The menu's classes besides the shared compact-select. */
  selectClassName: string;
  nameClassName?: string;
}) {
  const t = useT();
  const spec = optimizers[selected];
  if (optimizers.length <= 1)
    return <span className={nameClassName}>{spec ? runDisplayName(spec) : ''}</span>;
  return (
    <select
      className={`compact-select ${selectClassName}`}
      aria-label={t('models.runShown')}
      value={selected}
      onChange={(event) => onSelect(Number(event.target.value))}
    >
      {optimizers.map((o, i) => (
        <option key={i} value={i}>
          {runDisplayName(o)}
        </option>
      ))}
    </select>
  );
}
