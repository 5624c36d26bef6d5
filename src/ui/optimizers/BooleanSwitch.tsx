/** A boolean hyperparameter (Adam's bias correction, RMSprop's centered) as a labelled switch. */
import type { BooleanHyperparam } from '../../core/optimizers';
import { HYPERPARAMS } from '../../core/optimizers';
import './BooleanSwitch.css';

const HINTS: Readonly<Record<BooleanHyperparam, string>> = {
  biasCorrection: 'Adam bias correction: divide m by 1 − β1ᵗ and v by 1 − β2ᵗ',
  centered: 'Centered RMSprop: divide by the gradient’s variance instead of its mean square',
};

interface BooleanSwitchProps {
  name: BooleanHyperparam;
  value: boolean;
  onChange(value: boolean): void;
}

export function BooleanSwitch({ name, value, onChange }: BooleanSwitchProps) {
  return (
    <label className="boolean-switch" title={HINTS[name]}>
      <input
        className="boolean-switch__input"
        type="checkbox"
        role="switch"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="boolean-switch__text">{HYPERPARAMS[name].label}</span>
    </label>
  );
}
