/**
 * "gradient noise σ": a slider on the 1-2-5 ladder of noise-scale.ts with a field beside it that
 * takes any σ validation accepts (0 to MAX_NOISE). The slider updates the store on every input
 * event so trajectories follow while dragging; the field commits on Enter or blur, Escape drops
 * the edit.
 */
import { useId, type CSSProperties } from 'react';
import { useApp } from '../../state/store';
import {
  formatNoise,
  NOISE_LAST_POSITION,
  noiseAtPosition,
  noiseToPosition,
  parseNoise,
} from './noise-scale';
import './NoiseControl.css';
import { useT } from '../../i18n';
import { useDraftNumber } from '../forms/use-draft-number';

export function NoiseControl() {
  const t = useT();
  const noise = useApp((s) => s.scenario.problem.noise ?? 0);
  const setNoise = useApp((s) => s.setNoise);
  const sliderId = useId();
  const errorId = useId();
  const field = useDraftNumber({
    value: noise,
    format: formatNoise,
    parse: parseNoise,
    onCommit: setNoise,
  });
  const position = noiseToPosition(noise);

  return (
    <div
      className="noise-control"
      title={t('noise.explanation')}
      data-active={noise > 0 || undefined}
    >
      {/* The short words where the header is tight (NoiseControl.css); the inputs' own names
          say "gradient noise σ" whichever shows. */}
      <label className="noise-control__label" htmlFor={sliderId}>
        <span className="noise-control__words">{t('noise.label')}</span>
        <span className="noise-control__words noise-control__words--short">
          {t('noise.labelShort')}
        </span>{' '}
        <span className="noise-control__symbol">σ</span>
      </label>
      <input
        id={sliderId}
        className="range-slider noise-control__slider"
        type="range"
        min={0}
        max={NOISE_LAST_POSITION}
        step={1}
        value={position}
        style={{ '--fill': `${(100 * position) / NOISE_LAST_POSITION}%` } as CSSProperties}
        aria-label={t('noise.slider')}
        aria-valuetext={noise > 0 ? `σ = ${formatNoise(noise)}` : t('noise.off')}
        onChange={(event) => {
          field.revert();
          const next = noiseAtPosition(Number(event.target.value));
          if (next !== noise) setNoise(next);
        }}
      />
      <input
        className="number-field noise-control__field numeric"
        aria-label={t('noise.field')}
        {...field.textFieldProps(errorId)}
      />
      {field.message !== null && (
        <p id={errorId} className="noise-control__error" role="alert">
          {field.message}
        </p>
      )}
    </div>
  );
}
