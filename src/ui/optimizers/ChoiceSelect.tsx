/**
 * A hyperparameter that names one of a few choices (L-BFGS's line search) as a labelled select
 * beside the switches: its options are the table's (src/core/optimizers/hyperparams.ts), each
 * named in the reader's language (src/i18n `hyperparamChoice`).
 */
import { HYPERPARAMS, type ChoiceHyperparam } from '../../core/optimizers';
import './BooleanSwitch.css';
import { useT } from '../../i18n';
import { hyperparamLabel } from '../../i18n/text';

interface ChoiceSelectProps {
  name: ChoiceHyperparam;
  value: string;
  disabled?: boolean;
  onChange(value: string): void;
}

export function ChoiceSelect({ name, value, disabled, onChange }: ChoiceSelectProps) {
  const t = useT();
  const label = hyperparamLabel(name);
  return (
    <label className="boolean-switch" title={t(`hyperparamHint.${name}`)}>
      <span className="boolean-switch__text">{label}</span>
      <select
        className="quiet-control"
        aria-label={label}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {HYPERPARAMS[name].options.map((option) => (
          <option key={option} value={option}>
            {t(`hyperparamChoice.${name}.${option}` as `hyperparamChoice.lineSearchFn.none`)}
          </option>
        ))}
      </select>
    </label>
  );
}
