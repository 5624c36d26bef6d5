/**
 * Whether two selections of the store hold the same fields (Object.is on each): what
 * useAppShallow compares at every change of the store, for each of its subscribers. zustand's
 * `shallow` builds two Maps from `Object.entries` of each plain object it compares; at four store
 * changes a slider input and about forty subscribers, those comparisons and their garbage were
 * about 0.15 ms of each input on the development VM (issue 17; docs/benchmark.md, "Session 21").
 * This walks the fields in place. Plain objects and arrays only, which is what selectors return;
 * anything else goes to zustand's `shallow`, which it agrees with (test/state/same-fields.test.ts).
 */
import { shallow } from 'zustand/shallow';

export function sameFields(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && sameItems(a, b);
  if (!isPlain(a) || !isPlain(b)) return shallow(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  let fields = 0;
  for (const key in a) {
    if (!Object.hasOwn(b, key) || !Object.is(a[key], b[key])) return false;
    fields++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) fields--;
  return fields === 0;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** An object literal's: no prototype but Object's (or none), so its own fields are all it has. */
function isPlain(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
