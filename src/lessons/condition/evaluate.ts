/**
 * Checking a parsed condition against the runs (docs/lesson-conditions.md, "What a condition
 * reads"): `evaluateCondition` says whether it holds, `explainCondition` gives each comparison's
 * current values, so the player can show how far a student is ("run 1 finalLoss = 0.043, needs
 * < 0.001"). The player calls these on every change of the results, up to 8 runs of 10⁶ points:
 * every quantity is one pass over a run's losses at most, with nothing allocated per point.
 */
import type { Comparison, CompareOp, Condition, Quantity, Value } from './ast';
import type { ConditionContext, ConditionRun } from './context';
import { formatComparison } from './format';

/**
 * `rises` counts a step whose loss went up by more than this fraction of the run's first loss
 * (docs/lesson-conditions.md, "Things that may surprise"): a run converged to the last digits of
 * floating point jitters around its minimum, and those rises of 10⁻²⁸ are not the loss going up.
 */
export const RISE_TOLERANCE = 1e-12;

/**
 * Whether `condition` holds for the runs of `context`. Never throws. A comparison naming a run
 * that is not there (`run 3` with two runs) is false; `every run` needs at least one run.
 *
 * @example evaluateCondition(parseCondition('run 1 divergedAt != null').ast, context) // true
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  switch (condition.kind) {
    case 'or':
      return condition.args.some((arg) => evaluateCondition(arg, context));
    case 'and':
      return condition.args.every((arg) => evaluateCondition(arg, context));
    case 'not':
      return !evaluateCondition(condition.arg, context);
    case 'compare':
      return cases(condition, context, null);
  }
}

/** One reading of a comparison: on one run for `any run` / `every run`, the only one otherwise. */
export interface ComparisonCase {
  /** The run (1 = the first) that `any run` / `every run` stood for; null for a plain comparison. */
  run: number | null;
  left: number | null;
  right: number | null;
  /** A run the comparison names is not there: the comparison is false. */
  absent: boolean;
  holds: boolean;
}

/** A comparison with its current values. */
export interface ComparisonExplanation {
  comparison: Comparison;
  /** Its canonical text (format.ts), e.g. `run 1 finalLoss < 0.001`. */
  text: string;
  holds: boolean;
  /** One case per run for `any run` / `every run` (none when there are no runs), else one. */
  cases: ComparisonCase[];
}

/** The whole condition's verdict and every comparison's, in the order written. */
export interface ConditionExplanation {
  holds: boolean;
  comparisons: ComparisonExplanation[];
}

/**
 * Every comparison of `condition` with its values now. A quantity's value is null where it has
 * none (a run that did not diverge has `divergedAt` null); booleans read 1 and 0.
 *
 * @example explainCondition(parseCondition('run 1 finalLoss < 0.001').ast, context)
 * // { holds: false, comparisons: [{ text: 'run 1 finalLoss < 0.001', holds: false,
 * //   cases: [{ run: null, left: 0.043, right: 0.001, absent: false, holds: false }] }] }
 */
export function explainCondition(
  condition: Condition,
  context: ConditionContext,
): ConditionExplanation {
  const comparisons: ComparisonExplanation[] = [];
  // Every operand is walked (no short cut), so that every comparison is explained.
  const walk = (c: Condition): boolean => {
    switch (c.kind) {
      case 'compare': {
        const found: ComparisonCase[] = [];
        const holds = cases(c, context, found);
        comparisons.push({ comparison: c, text: formatComparison(c), holds, cases: found });
        return holds;
      }
      case 'not':
        return !walk(c.arg);
      case 'and':
        return c.args.map(walk).every(Boolean);
      case 'or':
        return c.args.map(walk).some(Boolean);
    }
  };
  const holds = walk(condition);
  return { holds, comparisons };
}

/**
 * Whether a comparison holds; with `found`, every case is read and pushed to it (no short
 * cut), for the explanation.
 */
function cases(c: Comparison, context: ConditionContext, found: ComparisonCase[] | null): boolean {
  const quantifier = [c.left, c.right].find(
    (v) => v.kind === 'quantity' && v.subject.kind !== 'run',
  );
  if (!quantifier || quantifier.kind !== 'quantity') return one(c, context, -1, found);
  const { runs } = context;
  const any = quantifier.subject.kind === 'any';
  let result = any ? false : runs.length > 0;
  for (let r = 0; r < runs.length; r++) {
    const holds = one(c, context, r, found);
    if (holds === any) {
      result = any;
      if (!found) break;
    }
  }
  return result;
}

/** The comparison read with `any run` / `every run` standing for run index `r` (−1: none). */
function one(
  c: Comparison,
  context: ConditionContext,
  r: number,
  found: ComparisonCase[] | null,
): boolean {
  const left = valueOf(c.left, context, r);
  const right = valueOf(c.right, context, r);
  const absent = left === undefined || right === undefined;
  const holds = !absent && compare(left, c.op, right);
  found?.push({
    run: r >= 0 ? r + 1 : null,
    left: left ?? null,
    right: right ?? null,
    absent,
    holds,
  });
  return holds;
}

/** `a op b`; an ordering with a null side is false, and `==` / `!=` treat null as a value. */
function compare(a: number | null, op: CompareOp, b: number | null): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  if (a === null || b === null) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/** A side's value; undefined when it names a run that is not there. */
function valueOf(value: Value, context: ConditionContext, r: number): number | null | undefined {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'null':
      return null;
    case 'quantity': {
      const index = value.subject.kind === 'run' ? value.subject.run - 1 : r;
      const run = context.runs[index];
      if (!run) return undefined;
      const read = readQuantity(run, value.quantity);
      // NaN is no value: shown and compared as null, never as a number that is not one.
      return read === null || Number.isNaN(read) ? null : read;
    }
  }
}

/**
 * A quantity of one run (docs/lesson-conditions.md, "Quantities"); null where it has none.
 * The loops read `loss` by index (it may be a typed array of 10⁶ points) and allocate nothing.
 */
export function readQuantity(run: ConditionRun, quantity: Quantity): number | null {
  const { loss } = run;
  const points = loss.length;
  switch (quantity.kind) {
    case 'hyperparam': {
      const { hyperparams } = run;
      if (!Object.hasOwn(hyperparams, quantity.name)) return null;
      const v = hyperparams[quantity.name];
      return typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : null;
    }
    case 'lossAt':
      return quantity.step < points ? loss[quantity.step]! : null;
    case 'stepsTo': {
      const { threshold } = quantity;
      for (let k = 0; k < points; k++) if (loss[k]! <= threshold) return k;
      return null;
    }
    case 'plain':
      switch (quantity.name) {
        case 'divergedAt':
          return run.divergedAt;
        case 'finalLoss':
          return points > 0 ? loss[points - 1]! : null;
        case 'minLoss': {
          let min = Infinity;
          let seen = false;
          for (let k = 0; k < points; k++) {
            const v = loss[k]!;
            if (v <= min) {
              min = v;
              seen = true;
            }
          }
          return seen ? min : null;
        }
        case 'rises': {
          // A rise under RISE_TOLERANCE of the first loss is rounding at convergence, not a rise.
          const tolerance = RISE_TOLERANCE * Math.abs(loss[0] ?? 0);
          let rises = 0;
          for (let k = 1; k < points; k++) if (loss[k]! - loss[k - 1]! > tolerance) rises++;
          return rises;
        }
        case 'steps':
          return points > 0 ? points - 1 : null;
        case 'accuracy':
          return run.accuracy ?? null;
        case 'x':
        case 'y': {
          const point = run.finalPoint;
          if (!point || point.length !== 2) return null;
          return point[quantity.name === 'x' ? 0 : 1]!;
        }
      }
  }
}
