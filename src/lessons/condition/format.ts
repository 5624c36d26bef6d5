/**
 * `formatCondition(ast)`: a condition's canonical text (docs/lesson-conditions.md), one space
 * between tokens and parentheses only where the tree needs them, so that
 * `parseCondition(formatCondition(ast))` gives back `ast` (test/lessons/condition checks it on
 * generated trees). The authoring form and the player show conditions in this form.
 */
import type { Comparison, Condition, Quantity, Subject, Value } from './ast';

/**
 * The canonical text of a condition.
 *
 * @example formatCondition(parseCondition('(run 1   lr>0.1)').ast) // 'run 1 lr > 0.1'
 */
export function formatCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'compare':
      return formatComparison(condition);
    case 'not':
      // `not` binds tighter than and/or: an and/or under it needs its parentheses.
      return `not ${operand(condition.arg, condition.arg.kind === 'or' || condition.arg.kind === 'and')}`;
    case 'and':
      // A nested and (written `(a and b) and c`) keeps its parentheses, so the tree round-trips.
      return condition.args
        .map((arg) => operand(arg, arg.kind === 'or' || arg.kind === 'and'))
        .join(' and ');
    case 'or':
      return condition.args.map((arg) => operand(arg, arg.kind === 'or')).join(' or ');
  }
}

const operand = (c: Condition, parenthesised: boolean) =>
  parenthesised ? `(${formatCondition(c)})` : formatCondition(c);

/** `run 1 finalLoss < 0.001`. */
export function formatComparison({ left, op, right }: Comparison): string {
  return `${formatValue(left)} ${op} ${formatValue(right)}`;
}

/** One side of a comparison: `0.001`, `null`, `every run stepsTo 0.01`. */
export function formatValue(value: Value): string {
  switch (value.kind) {
    case 'number':
      return formatNumber(value.value);
    case 'null':
      return 'null';
    case 'quantity':
      return `${formatSubject(value.subject)} ${formatQuantity(value.quantity)}`;
  }
}

/** `run 2`, `any run`, `every run`. */
export function formatSubject(subject: Subject): string {
  return subject.kind === 'run' ? `run ${subject.run}` : `${subject.kind} run`;
}

/** `finalLoss`, `loss at 200`, `stepsTo 0.001`, `lr`. */
export function formatQuantity(quantity: Quantity): string {
  switch (quantity.kind) {
    case 'plain':
    case 'hyperparam':
      return quantity.name;
    case 'lossAt':
      return `loss at ${quantity.step}`;
    case 'stepsTo':
      return `stepsTo ${formatNumber(quantity.threshold)}`;
  }
}

/**
 * A finite number as the shortest text that reads back as the same float (JavaScript's own
 * number-to-string: 0.001, 1e-7, 1e+21, -2), which the tokenizer reads in every form.
 */
export function formatNumber(value: number): string {
  return String(value);
}
