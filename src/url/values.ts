/**
 * Conversions between the syntax's nodes (syntax.ts) and the plain values of a Scenario. Which
 * fields are text and which are switches is declared here once; every other field is a number.
 */
import { HYPERPARAMS, type HyperparamName } from '../core/optimizers/hyperparams';
import type { CallNode, Node } from './syntax';

/** Fields whose values are text: the choice hyperparameters (L-BFGS's lineSearchFn), and the others'. */
const TEXT_FIELDS = new Set([
  'type',
  'name',
  'label',
  'color',
  'expr',
  'annealStrategy',
  'activation',
  'generator',
  'layers',
  ...(Object.keys(HYPERPARAMS) as HyperparamName[]).filter(
    (name) => HYPERPARAMS[name].kind === 'choice',
  ),
]);
/** Fields whose values are true or false: the boolean hyperparameters, and the others'. */
const SWITCH_FIELDS = new Set([
  ...(Object.keys(HYPERPARAMS) as HyperparamName[]).filter(
    (name) => HYPERPARAMS[name].kind === 'boolean',
  ),
  'hidden',
  'cycleMomentum',
  'threePhase',
]);

/** A decimal number as JavaScript writes it; hex, blanks, "Infinity" and "NaN" are not numbers. */
// \d+(?:\.\d*)? rather than \d+\.?\d*: the latter splits a run of digits between \d+ and
// \d* in n ways, so 10⁵ digits and a letter backtracked for minutes (test/hostile-inputs).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number from text, or the text itself so that validation can say what is wrong with it. */
export function readNumber(text: string): number | string {
  return NUMBER.test(text) ? Number(text) : text;
}

/**
 * The shortest text that reads back as the same float64 (JavaScript's own shortest round trip),
 * with −0 kept and "e+" written "e" so that no "+" (a space in a query) appears.
 */
export function writeNumber(value: number): string {
  if (Object.is(value, -0)) return '-0';
  return String(value).replace('e+', 'e');
}

/** A colour is written without its "#", which a URL would take for a fragment. */
export function readColor(text: string): string {
  return /^[0-9a-f]{3}(?:[0-9a-f]{3})?$/i.test(text) ? `#${text}` : text;
}

export function writeColor(color: string): string {
  return color.startsWith('#') ? color.slice(1) : color;
}

/** The value of field `key` from its node: a nested object, text, a switch or a number. */
export function readField(key: string, node: Node): unknown {
  if (typeof node !== 'string') return readObject(node);
  if (key === 'color') return readColor(node);
  if (TEXT_FIELDS.has(key)) return node;
  if (SWITCH_FIELDS.has(key)) {
    if (node === 'true' || node === '1') return true;
    if (node === 'false' || node === '0') return false;
    return node;
  }
  return readNumber(node);
}

/** A call as an object: its name becomes `type` (when it has one), its pairs the fields. */
export function readObject(node: CallNode | string, nameKey = 'type'): Record<string, unknown> {
  if (typeof node === 'string') return { [nameKey]: node };
  const object: Record<string, unknown> = node.name ? { [nameKey]: node.name } : {};
  for (const [key, value] of node.pairs) {
    if (!isSafeKey(key)) continue;
    object[key] = readField(key, value);
  }
  return object;
}

/** Keys that would reach an object's prototype are never set from a link. */
function isSafeKey(key: string): boolean {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}

/** One field as a node; objects become anonymous calls. */
export function writeField(key: string, value: unknown): Node {
  if (typeof value === 'number') return writeNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return key === 'color' ? writeColor(value) : value;
  if (value && typeof value === 'object') {
    // A typed object (a schedule) is written as a call by its type: cosine(tMax=200).
    const { type, ...fields } = value as Record<string, unknown>;
    return typeof type === 'string'
      ? writeObject(fields, type)
      : writeObject(value as Record<string, unknown>, '');
  }
  return String(value);
}

/**
 * An object as a call named `name`, its fields in `order` first (the order people read them in),
 * then the rest in their own order; undefined fields are left out.
 */
export function writeObject(
  object: Record<string, unknown>,
  name: string,
  order: readonly string[] = [],
  skip: readonly string[] = [],
): CallNode {
  const keys = [
    ...order.filter((key) => key in object),
    ...Object.keys(object).filter((key) => !order.includes(key)),
  ].filter((key) => !skip.includes(key) && object[key] !== undefined);
  return { name, pairs: keys.map((key) => [key, writeField(key, object[key])]) };
}

/** The order of an optimizer's fields in a link: α first, then the table's order. */
export const OPTIMIZER_FIELD_ORDER: readonly string[] = [
  ...(Object.keys(HYPERPARAMS) as HyperparamName[]),
  'schedule',
  'batchSize',
  'label',
  'color',
  'hidden',
];
