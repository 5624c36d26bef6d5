/**
 * One run of the scenario: colour, name and actions on the first line; type, boolean switches
 * and outcome on the second; then a slider and a field per numeric hyperparameter. Clicking the
 * card (or moving keyboard focus into it) selects the run. A collapsed card keeps its two lines,
 * the second saying its α and what else differs from its type's defaults (RunSummary).
 */
import { memo, useEffect, useMemo, useRef, type CSSProperties, type FocusEvent } from 'react';
import {
  HYPERPARAMS,
  OPTIMIZER_DEFAULTS,
  hyperparamsOf,
  type BooleanHyperparam,
  type ChoiceHyperparam,
  type NumericHyperparam,
} from '../../core/optimizers';
import { runColor } from '../../plot/palette';
import {
  OPTIMIZER_TYPES,
  type LineSearchFn,
  type OptimizerType,
  type ProblemSpec,
} from '../../scenario/types';
import { appStore, useApp } from '../../state/store';
import { isShown } from '../../state/lesson';
import { BooleanSwitch } from './BooleanSwitch';
import { ChoiceSelect } from './ChoiceSelect';
import { ColorSwatch } from './ColorSwatch';
import { HyperparamRow } from './HyperparamRow';
import { revealDelta } from './placement';
import { RunActions } from './RunActions';
import { unsetField } from './patches';
import { untunedLabel } from '../lab/sweep-model';
import { ScheduleControl } from '../schedule/ScheduleControl';
import { RunBatch } from './RunBatch';
import { RunName } from './RunName';
import { RunStatus } from './RunStatus';
import { RunSummary } from './RunSummary';
import { summaryEntries } from './run-summary';
import { typeRefusal } from './type-limits';
import { runBatchLimit } from '../../scenario/run-batch';
import './RunCard.css';
import { useT } from '../../i18n';
import { optimizerTitle, runDisplayName } from '../../i18n/text';

/** Room kept around a card scrolled into view: the list's padding, for the selection ring. */
const REVEAL_MARGIN = 8;

interface RunCardProps {
  index: number;
  selected: boolean;
  expanded: boolean;
}

export function RunCard({ index, selected, expanded }: RunCardProps) {
  const t = useT();
  const spec = useApp((s) => s.scenario.optimizers[index]);
  const count = useApp((s) => s.scenario.optimizers.length);
  const lesson = useApp((s) => s.lesson);
  const problem = useApp((s) => s.scenario.problem);
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  // One setter per hyperparameter, the same while the card shows the same run: the rows are
  // memoised, so a slider input re-renders its own row, not the card's other four (issue 17).
  const setters = useMemo(() => hyperparamSetters(index), [index]);
  const switchSetters = useMemo(() => booleanSetters(index), [index]);
  const selectRun = useApp((s) => s.selectRun);
  const card = useRef<HTMLElement>(null);

  // The selected card scrolls into the list's view (after it is added, or picked elsewhere).
  useEffect(() => {
    const element = card.current;
    const list = element?.parentElement;
    if (!selected || !element || !list) return;
    list.scrollTop += revealDelta(
      list.getBoundingClientRect(),
      element.getBoundingClientRect(),
      REVEAL_MARGIN,
    );
  }, [selected, expanded]);

  // The list re-renders before the cards when a run is removed.
  if (!spec) return null;

  const { type } = spec;
  const name = runDisplayName(spec);
  const color = runColor(spec.color, index);
  const hidden = spec.hidden === true;
  // A lesson link shows only the hyperparameters it names.
  const names = hyperparamsOf(type).filter((n) => isShown(lesson, n));
  const editable = isShown(lesson, 'runs');
  const numbers = names.filter((n): n is NumericHyperparam => HYPERPARAMS[n].kind === 'number');
  const booleans = names.filter((n): n is BooleanHyperparam => HYPERPARAMS[n].kind === 'boolean');
  const choices = names.filter((n): n is ChoiceHyperparam => HYPERPARAMS[n].kind === 'choice');
  const defaults = OPTIMIZER_DEFAULTS[type];

  const select = () => {
    if (!selected) selectRun(index);
  };
  // Keyboard focus selects the card; a pointer selects on click, after the control has acted,
  // so that the collapsing of other cards cannot move a button from under the pointer.
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof Element && event.target.matches(':focus-visible')) select();
  };

  const className = [
    'run-card',
    selected && 'run-card--selected',
    hidden && 'run-card--hidden',
    !expanded && 'run-card--collapsed',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section
      ref={card}
      className={className}
      aria-label={t('optimizers.run', { n: index + 1, name })}
      aria-current={selected || undefined}
      style={{ '--run-color': color } as CSSProperties}
      onClick={select}
      onFocus={onFocus}
    >
      <div className="run-card__head">
        <ColorSwatch index={index} color={color} />
        <RunName index={index} label={spec.label} type={type} />
        {editable && <RunActions index={index} hidden={hidden} count={count} />}
      </div>
      <div className="run-card__meta">
        <TypeSelect index={index} type={type} problem={problem} editable={editable} />
        {booleans.map((n) => (
          <BooleanSwitch
            key={n}
            name={n}
            value={spec[n] ?? defaults[n] ?? false}
            onChange={switchSetters(n)}
          />
        ))}
        {choices.map((n) => (
          <ChoiceSelect
            key={n}
            name={n}
            value={spec[n] ?? defaults[n] ?? HYPERPARAMS[n].options[0]!}
            disabled={!editable}
            // The select offers only the table's options (ChoiceSelect), the spec's union.
            onChange={(value) => updateOptimizer(index, { [n]: value as LineSearchFn })}
          />
        ))}
        {/* Collapsed, a run's own batch size still shows: it is why its path differs. */}
        {!expanded && spec.batchSize !== undefined && runBatchLimit(problem) !== null && (
          <span
            className="run-card__batch numeric"
            title={t('runs.batch.title')}
            data-testid={`run-batch-tag-${index}`}
          >
            {t('runs.batch.label')} {spec.batchSize.toLocaleString('en-US')}
          </span>
        )}
        {!expanded && (
          <RunSummary index={index} type={type} entries={summaryEntries(spec, numbers, defaults)} />
        )}
        <RunStatus index={index} />
      </div>
      {expanded && (
        <div className="run-card__params">
          {numbers.map((n) => (
            <HyperparamRow
              key={n}
              type={type}
              name={n}
              value={spec[n] ?? defaults[n] ?? 0}
              onChange={setters(n)}
            />
          ))}
          <ScheduleControl index={index} schedule={spec.schedule} />
          <RunBatch index={index} batchSize={spec.batchSize} />
        </div>
      )}
    </section>
  );
}

/**
 * The run's type: a select of every type, those the problem refuses disabled with the reason.
 * Memoised: a slider's input re-renders the card, and not these 21 options (issue 17).
 */
const TypeSelect = memo(function TypeSelect({
  index,
  type,
  problem,
  editable,
}: {
  index: number;
  type: OptimizerType;
  problem: ProblemSpec;
  editable: boolean;
}) {
  const t = useT();
  const setOptimizerType = useApp((s) => s.setOptimizerType);
  return (
    <select
      disabled={!editable}
      className="quiet-control run-card__type"
      aria-label={t('optimizers.type')}
      value={type}
      onChange={(event) => setOptimizerType(index, event.target.value as OptimizerType)}
    >
      {OPTIMIZER_TYPES.map((option) => {
        const refusal = typeRefusal(option, problem);
        return (
          <option key={option} value={option} disabled={refusal !== undefined} title={refusal}>
            {optimizerTitle(option)}
          </option>
        );
      })}
    </select>
  );
});

/** The setters of run `index`'s boolean hyperparameters, one per name, made once (as below). */
function booleanSetters(index: number): (name: BooleanHyperparam) => (value: boolean) => void {
  const made = new Map<BooleanHyperparam, (value: boolean) => void>();
  return (name) => {
    let setter = made.get(name);
    if (!setter) {
      setter = (value) => appStore.getState().updateOptimizer(index, { [name]: value });
      made.set(name, setter);
    }
    return setter;
  };
}

/**
 * The setters of run `index`'s numeric hyperparameters, one per name, made once. Each reads the
 * run's spec when called, not when made, so a memoised row never writes from a stale spec.
 */
function hyperparamSetters(index: number): (name: NumericHyperparam) => (value: number) => void {
  const made = new Map<NumericHyperparam, (value: number) => void>();
  return (name) => {
    let setter = made.get(name);
    if (!setter) {
      setter = (value) => {
        const { scenario, updateOptimizer } = appStore.getState();
        const spec = scenario.optimizers[index];
        if (!spec) return;
        updateOptimizer(
          index,
          // An α set by hand is no longer the sweep's "tuned α": the name says so no more.
          name === 'lr' && untunedLabel(spec) !== spec.label
            ? { lr: value, ...unsetField('label') }
            : { [name]: value },
        );
      };
      made.set(name, setter);
    }
    return setter;
  };
}
