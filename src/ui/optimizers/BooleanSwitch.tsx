/** A boolean hyperparameter (Adam's bias correction, RMSprop's centered) as a labelled switch. */
import { memo } from 'react';
import type { BooleanHyperparam } from '../../core/optimizers';
import './BooleanSwitch.css';
import { useT } from '../../i18n';
import { hyperparamLabel } from '../../i18n/text';

interface BooleanSwitchProps {
  name: BooleanHyperparam;
  value: boolean;
  onChange(value: boolean): void;
}

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const BooleanSwitch = memo(function BooleanSwitch({
  name,
  value,
  onChange,
}: BooleanSwitchProps) {
  const t = useT();
  return (
    <label className="boolean-switch" title={t(`hyperparamHint.${name}`)}>
      <input
        className="boolean-switch__input"
        type="checkbox"
        role="switch"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="boolean-switch__text">{hyperparamLabel(name)}</span>
    </label>
  );
});
