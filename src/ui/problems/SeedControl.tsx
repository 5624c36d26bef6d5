/**
 * The scenario's seed: a number field and a dice that rolls a new one. The seed fixes the
 * gradient noise and the mini-batch order; while neither is on it changes nothing, and the
 * control says so (dimmed, with the reason in its tooltip) rather than hiding.
 */
import { useApp } from '../../state/store';
import { takesBatches } from '../../kinds/registry';
import { MAX_SEED, parseSeed, rollSeed } from './seed';
import { IconButton } from '../forms/IconButton';
import './SeedControl.css';
import { useT } from '../../i18n';
import { useDraftNumber } from '../forms/use-draft-number';
import { fromNullable } from '../forms/draft-number';
import { DiceIcon } from '../forms/DiceIcon';

export function SeedControl() {
  const t = useT();
  const seed = useApp((s) => s.scenario.seed);
  const setSeed = useApp((s) => s.setSeed);
  const stochastic = useApp((s) => {
    const problem = s.scenario.problem;
    const batches = takesBatches(problem) && !!problem.batchSize;
    return (problem.noise ?? 0) > 0 || batches;
  });
  // Each valid keystroke is committed; the draft holds only text that is not a valid seed.
  const field = useDraftNumber({
    value: seed,
    format: String,
    parse: fromNullable(parseSeed),
    onCommit: setSeed,
  });

  const explanation = stochastic ? t('seed.active') : t('seed.idle');

  return (
    <div className="seed-control" data-idle={!stochastic || undefined} title={explanation}>
      <label className="seed-control__label">
        {t('seed.label')}
        <input
          className="number-field seed-control__field numeric"
          type="number"
          aria-label={t('seed.label')}
          min={0}
          max={MAX_SEED}
          step={1}
          aria-invalid={field.draft !== null || undefined}
          value={field.text}
          onChange={(event) => field.commit(event.target.value)}
          onBlur={field.revert}
        />
      </label>
      <IconButton
        className="seed-control__dice"
        label={t('seed.roll')}
        title={t('seed.roll')}
        onClick={() => {
          field.revert();
          setSeed(rollSeed(seed));
        }}
      >
        <DiceIcon />
      </IconButton>
    </div>
  );
}
