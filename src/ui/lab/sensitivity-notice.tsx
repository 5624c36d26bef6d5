/**
 * What the maps tab says when the selected run is not of the Adam family: plainly why there is
 * no map, and a button to select the first run that has one (or how to get one).
 */
import { isAdamFamily } from '../../core/sensitivity';
import { t, useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { runDisplayName } from '../../i18n/text';
import { runColor } from '../../plot/palette';
import type { OptimizerSpec } from '../../scenario/types';

/** "Adam (run 2)", in the language shown (called while SensitivityNotice renders). */
function nameOf(spec: OptimizerSpec, index: number): string {
  return t('lab.runOf', { name: runDisplayName(spec), n: index + 1 });
}

export function SensitivityNotice({
  optimizers,
  selectedRun,
  onSelect,
}: {
  optimizers: readonly OptimizerSpec[];
  selectedRun: number;
  onSelect(index: number): void;
}) {
  const tr = useT();
  const selected = optimizers[selectedRun];
  const candidate = optimizers.findIndex((spec) => isAdamFamily(spec.type));
  return (
    <div className="sensitivity-notice" data-testid="maps-notice">
      <p className="sensitivity-notice__lead">
        {selected ? (
          <>
            {tr('maps.noticeBefore')}
            <strong>{nameOf(selected, selectedRun)}</strong>
            {tr('maps.noticeAfter')}
          </>
        ) : (
          tr('maps.noSelection')
        )}
      </p>
      <p className="sensitivity-notice__text">
        {tr('maps.explain', { family: tr('maps.family') })}
      </p>
      {candidate >= 0 ? (
        <button
          type="button"
          className="button sensitivity-notice__button"
          onClick={() => onSelect(candidate)}
        >
          <span
            className="sensitivity-notice__swatch"
            style={{ background: runColor(optimizers[candidate]!.color, candidate) }}
            aria-hidden="true"
          />
          {tr('maps.showMaps', { name: nameOf(optimizers[candidate]!, candidate) })}
        </button>
      ) : (
        <p className="sensitivity-notice__text">{tr('maps.noFamily')}</p>
      )}
    </div>
  );
}
