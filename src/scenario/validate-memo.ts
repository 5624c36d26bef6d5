/**
 * validateScenario, at most once per scenario at each boundary (docs/app.md, "Work only where
 * something changed"). Two memos, because the two sides of the worker boundary see scenarios
 * differently:
 *
 * - the main thread keeps a scenario object for as long as it is shown, so its memo is keyed by
 *   identity (a WeakMap: an edit makes a new object and is validated once; the old one is freed);
 * - the worker receives a fresh structured clone with every message, so identity says nothing
 *   there; its memo is keyed by the scenario's content (its JSON) in a small LRU. The worker still
 *   trusts no caller (the CLI and tests call it directly): a hit is a scenario the worker itself
 *   validated, byte for byte the same, never one the main thread vouched for.
 */
import { validateScenario, type ValidationResult } from './validate';

type Validate = (input: unknown) => ValidationResult;

/** A memo of `validate` by object identity (the main thread's). */
export function identityMemo(
  validate: Validate = validateScenario,
): (scenario: object) => ValidationResult {
  const results = new WeakMap<object, ValidationResult>();
  return (scenario) => {
    let result = results.get(scenario);
    if (!result) {
      result = validate(scenario);
      results.set(scenario, result);
    }
    return result;
  };
}

/** A value the content key cannot stand for faithfully (a Date, a typed array, a Map …). */
class Unkeyable extends Error {}

/**
 * The content key: JSON with every string, non-finite number and undefined tagged, so that
 * inputs validation tells apart never share a key (NaN and null, or "NaN" and NaN, would in
 * plain JSON); anything but plain objects and arrays has no key and is validated afresh.
 */
export function contentKey(value: unknown): string | null {
  try {
    return JSON.stringify(value, function (this: Record<string, unknown>, key, tagged: unknown) {
      const raw = this[key];
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
        const proto = Object.getPrototypeOf(raw) as unknown;
        if (proto !== Object.prototype && proto !== null) throw new Unkeyable();
      }
      if (typeof raw === 'string') return `s${raw}`;
      if (typeof raw === 'number' && !Number.isFinite(raw)) return `n${String(raw)}`;
      if (raw === undefined) return 'u';
      if (typeof raw === 'function' || typeof raw === 'symbol' || typeof raw === 'bigint')
        throw new Unkeyable();
      return tagged;
    });
  } catch {
    return null; // validation will say what is wrong with it
  }
}

/**
 * A memo of `validate` by content (`contentKey`), the `size` most recently used kept (the
 * worker's). The key is linear in the scenario's size, as validation is, but far cheaper than
 * validation's checks of every point and the problem it builds.
 */
export function contentMemo(
  validate: Validate = validateScenario,
  size = 8,
): (scenario: unknown) => ValidationResult {
  const results = new Map<string, ValidationResult>();
  return (scenario) => {
    const key = contentKey(scenario);
    if (key === null) return validate(scenario);
    let result = results.get(key);
    if (result) {
      results.delete(key); // most recently used last
    } else {
      result = validate(scenario);
      if (results.size >= size) results.delete(results.keys().next().value!);
    }
    results.set(key, result);
    return result;
  };
}

/** The main thread's memo (src/state/sync.ts). */
export const validateOnMain = identityMemo();
