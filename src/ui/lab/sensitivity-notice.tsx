/**
 * What the maps tab says when the selected run is not of the Adam family: plainly why there is
 * no map, and a button to select the first run that has one (or how to get one).
 */
import { OPTIMIZER_TITLES } from '../../core/optimizers';
import { isAdamFamily } from '../../core/sensitivity';
import { runColor } from '../../plot/palette';
import type { OptimizerSpec } from '../../scenario/types';

const FAMILY = 'Adam, AdamW, AMSGrad, Adamax, NAdam, RAdam and Lion';

function nameOf(spec: OptimizerSpec, index: number): string {
  return `${spec.label ?? OPTIMIZER_TITLES[spec.type]} (run ${index + 1})`;
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
  const selected = optimizers[selectedRun];
  const candidate = optimizers.findIndex((spec) => isAdamFamily(spec.type));
  return (
    <div className="sensitivity-notice" data-testid="maps-notice">
      <p className="sensitivity-notice__lead">
        {selected ? (
          <>
            The selected run, <strong>{nameOf(selected, selectedRun)}</strong>, has no β1 and β2 to
            map.
          </>
        ) : (
          <>No run is selected.</>
        )}
      </p>
      <p className="sensitivity-notice__text">
        These maps show how the final loss of an Adam-family run ({FAMILY}) depends on its β1 and
        β2, and on its α and ε together.
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
          Show the maps of {nameOf(optimizers[candidate]!, candidate)}
        </button>
      ) : (
        <p className="sensitivity-notice__text">
          No run here is of that family: add an Adam optimizer with “Add optimizer” above.
        </p>
      )}
    </div>
  );
}
