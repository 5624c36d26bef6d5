/**
 * "gradient noise σ": a slider on the 1-2-5 ladder of noise-scale.ts with a field beside it that
 * takes any σ validation accepts (0 to MAX_NOISE). The slider updates the store on every input
 * event so trajectories follow while dragging; the field commits on Enter or blur, Escape drops
 * the edit.
 */
import { useId, useState, type CSSProperties } from 'react';
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

export function NoiseControl() {
  const t = useT();
  const noise = useApp((s) => s.scenario.problem.noise ?? 0);
  const setNoise = useApp((s) => s.setNoise);
  const sliderId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const position = noiseToPosition(noise);

  const commit = () => {
    if (draft === null) return;
    const parsed = parseNoise(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setDraft(null);
    setError(null);
    if (parsed.value !== noise) setNoise(parsed.value);
  };

  return (
    <div
      className="noise-control"
      title={t('noise.explanation')}
      data-active={noise > 0 || undefined}
    >
      <label className="noise-control__label" htmlFor={sliderId}>
        {t('noise.label')} <span className="noise-control__symbol">σ</span>
      </label>
      <input
        id={sliderId}
        className="noise-control__slider"
        type="range"
        min={0}
        max={NOISE_LAST_POSITION}
        step={1}
        value={position}
        style={{ '--fill': `${(100 * position) / NOISE_LAST_POSITION}%` } as CSSProperties}
        aria-label={t('noise.slider')}
        aria-valuetext={noise > 0 ? `σ = ${formatNoise(noise)}` : t('noise.off')}
        onChange={(event) => {
          setDraft(null);
          setError(null);
          const next = noiseAtPosition(Number(event.target.value));
          if (next !== noise) setNoise(next);
        }}
      />
      <input
        className="noise-control__field numeric"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={t('noise.field')}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        value={draft ?? formatNoise(noise)}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          else if (event.key === 'Escape' && draft !== null) {
            event.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
        onBlur={commit}
      />
      {error !== null && (
        <p id={errorId} className="noise-control__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
