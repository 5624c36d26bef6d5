/**
 * The parsed form of a lesson task's success condition (docs/lesson-conditions.md): comparisons
 * of quantities read off the runs, combined with `not`, `and` and `or`. Trees are plain
 * immutable values, so a parsed condition can be compared, stored and formatted back
 * (format.ts). Types and small tables only, a leaf but for the hyperparameter names' type.
 */
import type { HyperparamName } from '../../core/optimizers/hyperparam-types';

/** The comparison operators. `<` `<=` `>` `>=` are false when a side is null. */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export const COMPARE_OPS: readonly CompareOp[] = ['<', '<=', '>', '>=', '==', '!='];

/**
 * Whose quantity: one run, numbered from 1 as on screen (`run 2`), or every run in turn
 * (`any run`: the comparison holds for at least one run; `every run`: for all of them, and
 * there is at least one run).
 */
export type Subject =
  | { readonly kind: 'run'; /** 1 … 99. */ readonly run: number }
  | { readonly kind: 'any' }
  | { readonly kind: 'every' };

/** The quantities that take no argument (docs/lesson-conditions.md, "Quantities"). */
export type PlainQuantityName =
  'divergedAt' | 'finalLoss' | 'minLoss' | 'rises' | 'steps' | 'accuracy' | 'x' | 'y';

/** Every plain quantity, in the order the docs and the "did you mean" suggestions list them. */
export const PLAIN_QUANTITIES: readonly PlainQuantityName[] = [
  'divergedAt',
  'finalLoss',
  'minLoss',
  'rises',
  'steps',
  'accuracy',
  'x',
  'y',
];

/** What is read off a run. */
export type Quantity =
  | { readonly kind: 'plain'; readonly name: PlainQuantityName }
  /** `loss at 200`: the loss after `step` steps (0 … 10⁷). */
  | { readonly kind: 'lossAt'; readonly step: number }
  /** `stepsTo 1e-3`: the first step whose loss is ≤ `threshold` (finite). */
  | { readonly kind: 'stepsTo'; readonly threshold: number }
  /** `lr`, `beta1`, …: a hyperparameter's value (booleans as 1 and 0). */
  | { readonly kind: 'hyperparam'; readonly name: HyperparamName };

/** One side of a comparison. */
export type Value =
  /** A finite number; never −0 (the parser reads `-0` as 0, so formatting round-trips). */
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'null' }
  | { readonly kind: 'quantity'; readonly subject: Subject; readonly quantity: Quantity };

/**
 * A condition. `and` and `or` hold two or more operands in the order written; a parenthesised
 * `and` inside an `and` stays a node of its own (`(a and b) and c`), so that formatting gives
 * back the tree it was parsed from. At most one side of a comparison is `any run` / `every run`.
 *
 * @example parseCondition('run 1 divergedAt != null') // { ast: { kind: 'compare', op: '!=', … } }
 */
export type Condition =
  | { readonly kind: 'or'; readonly args: readonly Condition[] }
  | { readonly kind: 'and'; readonly args: readonly Condition[] }
  | { readonly kind: 'not'; readonly arg: Condition }
  | Comparison;

/** `left op right`, e.g. `run 1 finalLoss < 0.001`. */
export interface Comparison {
  readonly kind: 'compare';
  readonly op: CompareOp;
  readonly left: Value;
  readonly right: Value;
}

/** Limits on a condition's text (docs/lesson-conditions.md, "Limits"). */
export const CONDITION_LIMITS = {
  /** Characters of the text. */
  length: 500,
  /** Parentheses and `not`s nested inside one another. */
  depth: 16,
  /** Run numbers are 1 … maxRun. */
  maxRun: 99,
  /** `loss at` steps are 0 … maxStep. */
  maxStep: 1e7,
} as const;

/** Every comparison of a condition, in the order written. */
export function comparisonsOf(condition: Condition): Comparison[] {
  const found: Comparison[] = [];
  const walk = (c: Condition): void => {
    if (c.kind === 'compare') found.push(c);
    else if (c.kind === 'not') walk(c.arg);
    else c.args.forEach(walk);
  };
  walk(condition);
  return found;
}

/**
 * The largest run number a condition names (`run 3` → 3), or 0 when it names none; a lesson's
 * validator warns when the step's link has fewer runs (a missing run makes its comparisons
 * false, never an error).
 */
export function highestRunNamed(condition: Condition): number {
  let highest = 0;
  for (const { left, right } of comparisonsOf(condition)) {
    for (const side of [left, right]) {
      if (side.kind === 'quantity' && side.subject.kind === 'run')
        highest = Math.max(highest, side.subject.run);
    }
  }
  return highest;
}
