/**
 * The scenario's seed: a number field and a dice that rolls a new one. The seed fixes the
 * gradient noise and the mini-batch order; while neither is on it changes nothing, and the
 * control says so (dimmed, with the reason in its tooltip) rather than hiding.
 */
import { useState } from 'react';
import { useApp } from '../../state/store';
import { MAX_SEED, parseSeed, rollSeed } from './seed';
import './SeedControl.css';
import { useT } from '../../i18n';

export function SeedControl() {
  const t = useT();
  const seed = useApp((s) => s.scenario.seed);
  const setSeed = useApp((s) => s.setSeed);
  const stochastic = useApp((s) => {
    const problem = s.scenario.problem;
    const batches =
      (problem.type === 'linear-regression' ||
        problem.type === 'logistic-regression' ||
        problem.type === 'mlp') &&
      !!problem.batchSize;
    return (problem.noise ?? 0) > 0 || batches;
  });
  /** The field's text while it holds something that is not a valid seed; null shows the seed. */
  const [draft, setDraft] = useState<string | null>(null);

  const explanation = stochastic ? t('seed.active') : t('seed.idle');

  return (
    <div className="seed-control" data-idle={!stochastic || undefined} title={explanation}>
      <label className="seed-control__label">
        {t('seed.label')}
        <input
          className="seed-control__field numeric"
          type="number"
          aria-label={t('seed.label')}
          min={0}
          max={MAX_SEED}
          step={1}
          aria-invalid={draft !== null || undefined}
          value={draft ?? String(seed)}
          onChange={(event) => {
            const parsed = parseSeed(event.target.value);
            if (parsed === null) {
              setDraft(event.target.value);
              return;
            }
            setDraft(null);
            if (parsed !== seed) setSeed(parsed);
          }}
          onBlur={() => setDraft(null)}
        />
      </label>
      <button
        type="button"
        className="button button--icon seed-control__dice"
        aria-label={t('seed.roll')}
        title={t('seed.roll')}
        onClick={() => {
          setDraft(null);
          setSeed(rollSeed(seed));
        }}
      >
        <DiceIcon />
      </button>
    </div>
  );
}

function DiceIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 18 18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="2" y="2" width="14" height="14" rx="3" />
      <g fill="currentColor" stroke="none">
        <circle cx="6" cy="6" r="1.3" />
        <circle cx="12" cy="6" r="1.3" />
        <circle cx="9" cy="9" r="1.3" />
        <circle cx="6" cy="12" r="1.3" />
        <circle cx="12" cy="12" r="1.3" />
      </g>
    </svg>
  );
}
