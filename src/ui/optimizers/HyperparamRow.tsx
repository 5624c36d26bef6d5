/**
 * One numeric hyperparameter: "symbol short name | slider | field". The slider moves on the
 * table's scale (log, one-minus-log, linear) and updates the store on every input event, so
 * trajectories follow while dragging (the engine is latest-wins); a drag's update is made in a
 * task of its own, after the frame the move came with (use-drag-commit.ts). The field takes any value of
 * the valid range, beyond the slider's too, and commits on Enter or blur; an invalid entry
 * shows a short message and is not committed, Escape drops it.
 */
import { memo, useId, type CSSProperties } from 'react';
import type { NumericHyperparam } from '../../core/optimizers';
import { hyperparamSpec } from '../../core/optimizers';
import type { OptimizerType } from '../../scenario/types';
import { describeRange, formatHyperparam, parseHyperparam } from './format';
import { splitSymbol } from './labels';
import { positionsOf, toPosition, valueAt } from './slider-scale';
import './HyperparamRow.css';
import { useT } from '../../i18n';
import { HelpTip } from '../help/HelpTip';
import { hyperparamLabel, hyperparamShortName } from '../../i18n/text';
import { useDraftNumber } from '../forms/use-draft-number';
import { useDragCommit } from '../forms/use-drag-commit';

interface HyperparamRowProps {
  /** The run's type: a type may read a name its own way (ASGD's alpha is a power). */
  type: OptimizerType;
  name: NumericHyperparam;
  value: number;
  onChange(value: number): void;
}

/** Memoised: a slider input re-renders its own row, not its card's others (issue 17). */
export const HyperparamRow = memo(function HyperparamRow({
  type,
  name,
  value,
  onChange,
}: HyperparamRowProps) {
  const t = useT();
  const spec = hyperparamSpec(type, name);
  const label = hyperparamLabel(name, type);
  const sliderId = useId();
  const errorId = useId();
  const field = useDraftNumber({
    value,
    format: formatHyperparam,
    parse: (text) => parseHyperparam(text, spec),
    onCommit: onChange,
  });
  const [base, subscript] = splitSymbol(spec.symbol);
  const position = Math.round(toPosition(value, spec));
  const positions = positionsOf(spec);
  // A drag commits in a task of its own, a key press at once (use-drag-commit.ts).
  const drag = useDragCommit(position, value, onChange);

  return (
    <div className="hyperparam-row">
      <span className="hyperparam-row__label-cell">
        <label
          className="hyperparam-row__label"
          htmlFor={sliderId}
          title={`${label}: ${describeRange(spec)}`}
        >
          <span className="hyperparam-row__symbol">
            {base}
            {subscript && <sub>{subscript}</sub>}
          </span>
          <span className="hint-line hyperparam-row__name">{hyperparamShortName(name, type)}</span>
        </label>
        {/* ε in plain words (issue 14 §5); outside the label, whose content names the slider. */}
        {name === 'eps' && <HelpTip term="ε" text={t('jargon.eps')} testId="help-eps" />}
      </span>
      {/* Each control in a box of its own that contains its layout: see HyperparamRow.css. */}
      <span className="hyperparam-row__cell">
        <span className="layout-island hyperparam-row__island hyperparam-row__island--slider">
          <input
            id={sliderId}
            className="range-slider hyperparam-row__slider"
            type="range"
            min={0}
            max={positions}
            step={1}
            value={drag.shown}
            style={{ '--fill': `${(100 * drag.shown) / positions}%` } as CSSProperties}
            aria-label={label}
            aria-valuetext={formatHyperparam(value)}
            onPointerDown={drag.onPointerDown}
            onChange={(event) => {
              field.revert();
              const at = Number(event.target.value);
              drag.change(valueAt(at, spec), at);
            }}
          />
        </span>
      </span>
      <span className="hyperparam-row__cell">
        <span className="layout-island hyperparam-row__island hyperparam-row__island--field">
          <input
            className="number-field hyperparam-row__field numeric"
            aria-label={t('optimizers.value', { label })}
            {...field.textFieldProps(errorId)}
          />
        </span>
      </span>
      {field.message !== null && (
        <p id={errorId} className="hyperparam-row__error" role="alert">
          {field.message}
        </p>
      )}
    </div>
  );
});
