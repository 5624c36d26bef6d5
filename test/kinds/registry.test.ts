/**
 * The problem kinds' registries (src/kinds, docs/extending.md "Adding a problem kind"): every
 * kind registered once with its UI, capabilities that say what the type names used to, and
 * each kind's own link fields round-tripping through the link.
 */
import { describe, expect, it } from 'vitest';
import {
  PROBLEM_KINDS,
  PROBLEM_TYPES,
  hasData,
  isClassifier,
  isTable,
  isRegression,
  kindOf,
  kindOfLinkName,
  takesBatches,
  type ProblemSpec,
} from '../../src/kinds/registry';
import { KIND_UI } from '../../src/kinds/ui-registry';
import type { KindUi } from '../../src/kinds/ui-types';
import { chartTabs } from '../../src/ui/charts/tabs';
import { problemEntries } from '../../src/ui/problems/catalog';
import { stepUnits } from '../../src/core/budget';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { validateScenario } from '../../src/scenario/validate';
import type { ProblemType } from '../../src/scenario/types';

const TABLES: ProblemType[] = ['softmax-regression', 'softmax-mlp'];

const specs: ProblemSpec[] = [
  { type: 'function', name: 'himmelblau', noise: 0.5 },
  { type: 'expression', expr: 'x^2 + 3*y^2' },
  { type: 'linear-regression', batchSize: 10, data: { n: 50, slope: -1 } },
  { type: 'logistic-regression', data: { generator: 'xor', n: 100 }, noise: 0.1 },
  { type: 'mlp', hidden: [8, 4], activation: 'relu', initSeed: 2, batchSize: 16 },
  {
    type: 'softmax-regression',
    data: { set: 'wine' },
    split: { validation: 0.2, test: 0.15, seed: 3 },
    batchSize: 32,
  },
  { type: 'softmax-mlp', hidden: [64, 16], activation: 'tanh', initSeed: 4, noise: 0.01 },
];

describe('the kinds’ registries', () => {
  it('registers each kind once, in validation’s order, each with its UI', () => {
    expect(PROBLEM_TYPES).toEqual([
      'function',
      'expression',
      'linear-regression',
      'logistic-regression',
      'mlp',
      'softmax-regression',
      'softmax-mlp',
    ]);
    expect(new Set(PROBLEM_KINDS.map((kind) => kind.type)).size).toBe(PROBLEM_KINDS.length);
    expect(Object.keys(KIND_UI).sort()).toEqual([...PROBLEM_TYPES].sort());
  });

  it('rejects a UI table that misses a kind (checked by the compiler)', () => {
    const { mlp: _mlp, ...missing } = KIND_UI;
    // @ts-expect-error — a kind of the registry without its UI does not compile.
    const table: Record<ProblemType, KindUi> = missing;
    expect(Object.keys(table)).not.toContain('mlp');
  });

  it('answers the capabilities that type names used to', () => {
    const byType = (test: (spec: ProblemSpec) => boolean) =>
      specs.filter(test).map((spec) => spec.type);
    expect(byType(isClassifier)).toEqual(['logistic-regression', 'mlp']);
    expect(byType(isRegression)).toEqual(['linear-regression']);
    const onData = ['linear-regression', 'logistic-regression', 'mlp', ...TABLES];
    expect(byType(isTable)).toEqual(TABLES);
    expect(byType(hasData)).toEqual(onData);
    expect(byType(takesBatches)).toEqual(onData);
    expect(specs.map((spec) => kindOf(spec).defaultGenerator ?? null)).toEqual([
      null,
      null,
      null,
      'blobs',
      'moons',
      null,
      null,
    ]);
    expect(specs.map((spec) => kindOf(spec).defaultSet ?? null).slice(-2)).toEqual([
      'iris',
      'digits',
    ]);
  });

  it('reads a link’s problem name as a kind’s type, any other name as a function', () => {
    expect(kindOfLinkName('mlp').type).toBe('mlp');
    expect(kindOfLinkName('rosenbrock').type).toBe('function');
    // 'function' is not a name a link uses: it is read as a function named "function".
    expect(kindOfLinkName('function').type).toBe('function');
  });

  it('gives each kind its chart tabs', () => {
    const ids = (type: ProblemType) => chartTabs(type).map((tab) => tab.id);
    const common = ['loss', 'gradNorm'];
    // The curvature (every kind), the table, then the lab's tabs.
    const lab = ['curvature', 'table', 'sweep', 'maps'];
    expect(ids('function')).toEqual([...common, ...lab]);
    expect(ids('expression')).toEqual([...common, ...lab]);
    // A model on data also has the Inside tab, after the curvature (issue 22).
    const model = ['curvature', 'inside', 'table', 'sweep', 'maps'];
    expect(ids('linear-regression')).toEqual([...common, 'data', ...model]);
    expect(ids('logistic-regression')).toEqual([...common, 'accuracy', 'data', ...model]);
    expect(ids('mlp')).toEqual([...common, 'accuracy', 'data', ...model]);
    for (const type of TABLES) expect(ids(type)).toEqual([...common, 'accuracy', 'data', ...model]);
  });

  it('lists the picker’s cards in the registry’s order: functions, then the data problems', () => {
    const keys = problemEntries().map((entry) => entry.key);
    expect(keys.slice(-7)).toEqual([
      'linear-regression',
      'logistic-regression',
      'mlp',
      'softmax-regression:iris',
      'softmax-regression:wine',
      'softmax-mlp:digits',
      'softmax-mlp:breast-cancer',
    ]);
    expect(problemEntries().filter((entry) => entry.thumbnail === 'surface').length).toBe(
      keys.length - 7,
    );
    // Each shipped set's card credits its creators and licence.
    const credits = problemEntries().flatMap((entry) => (entry.credit ? [entry.credit] : []));
    expect(credits).toHaveLength(4);
    for (const credit of credits) expect(credit).toMatch(/\(\d{4}\), .*CC BY 4\.0$/);
  });

  it.each(specs)('round-trips a $type problem through validation and the link', (problem) => {
    const checked = validateScenario({ problem, optimizers: [{ type: 'adam', lr: 0.01 }] });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const query = encodeLink({ scenario: checked.scenario, view: DEFAULT_VIEW });
    expect(decodeLink(query).state.scenario.problem).toEqual(checked.scenario.problem);
    expect(stepUnits(checked.scenario.problem)).toBeGreaterThan(0);
  });
});
