/**
 * One numeric hyperparameter: "symbol short name | slider | field". The slider moves on the
 * table's scale (log, one-minus-log, linear) and updates the store on every input event, so
 * trajectories follow while dragging (the engine is latest-wins). The field takes any value of
 * the valid range, beyond the slider's too, and commits on Enter or blur; an invalid entry
 * shows a short message and is not committed, Escape drops it.
 */
import { useId, useState, type CSSProperties } from 'react';
import type { NumericHyperparam } from '../../core/optimizers';
import { HYPERPARAMS } from '../../core/optimizers';
import { describeRange, formatHyperparam, parseHyperparam } from './format';
import { splitSymbol } from './labels';
import { SLIDER_POSITIONS, toPosition, valueAt } from './slider-scale';
import './HyperparamRow.css';
import { useT } from '../../i18n';
import { HelpTip } from '../help/HelpTip';
import { hyperparamLabel } from '../../i18n/text';

interface HyperparamRowProps {
  name: NumericHyperparam;
  value: number;
  onChange(value: number): void;
}

export function HyperparamRow({ name, value, onChange }: HyperparamRowProps) {
  const t = useT();
  const spec = HYPERPARAMS[name];
  const label = hyperparamLabel(name);
  const sliderId = useId();
  const errorId = useId();
  /** The field's text while it is being edited; null shows the value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [base, subscript] = splitSymbol(spec.symbol);
  const position = Math.round(toPosition(value, spec));

  const commit = () => {
    if (draft === null) return;
    const parsed = parseHyperparam(draft, spec);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setDraft(null);
    setError(null);
    if (parsed.value !== value) onChange(parsed.value);
  };

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
          <span className="hyperparam-row__name">{t(`hyperparamShort.${name}`)}</span>
        </label>
        {/* ε in plain words (issue 14 §5); outside the label, whose content names the slider. */}
        {name === 'eps' && <HelpTip term="ε" text={t('jargon.eps')} testId="help-eps" />}
      </span>
      <input
        id={sliderId}
        className="hyperparam-row__slider"
        type="range"
        min={0}
        max={SLIDER_POSITIONS}
        step={1}
        value={position}
        style={{ '--fill': `${(100 * position) / SLIDER_POSITIONS}%` } as CSSProperties}
        aria-label={label}
        aria-valuetext={formatHyperparam(value)}
        onChange={(event) => {
          setDraft(null);
          setError(null);
          const next = valueAt(Number(event.target.value), spec);
          if (next !== value) onChange(next);
        }}
      />
      <input
        className="hyperparam-row__field numeric"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={t('optimizers.value', { label })}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        value={draft ?? formatHyperparam(value)}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          else if (event.key === 'Escape' && draft !== null) {
            // Escape undoes the edit; it must not reach a popover or the app's shortcuts.
            event.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={commit}
      />
      {error !== null && (
        <p id={errorId} className="hyperparam-row__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
