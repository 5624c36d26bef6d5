/**
 * Reading a hostile value's fields without running anything (docs/hostile-input.md): only own,
 * enumerable data properties of plain objects and arrays are read, through their descriptors,
 * so a getter is never called and a key such as `__proto__` or `constructor` is a name like any
 * other, never a way into a prototype. Nothing is assigned to the input.
 */
import { at, type LessonErrors } from './errors';
import { describeValue } from './text';

/** Names JavaScript gives a meaning to: refused as fields with a message of their own. */
const SPECIAL_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** An object's own enumerable data fields, by name, in the input's order. */
export type Fields = ReadonlyMap<string, unknown>;

/** Whether `value` is a plain object: a JSON object, not a list, a class instance or a proxy of one. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The fields of an object, or undefined (with an error saying what `what` should be) when
 * `value` is not a plain object. A getter is an error of its own and not read.
 */
export function readFields(
  errors: LessonErrors,
  value: unknown,
  path: string,
  what: string,
): Fields | undefined {
  if (!isPlainObject(value)) {
    errors.add(path, `must be ${what}, got ${describeValue(value)}`);
    return undefined;
  }
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor) continue; // removed while read: a proxy's doing, not JSON
    if (!('value' in descriptor)) {
      errors.add(at(path, key), 'must be a value, not a getter');
      continue;
    }
    fields.set(key, descriptor.value);
  }
  return fields;
}

/** A part of a lesson that is a JSON object: its name in messages, what it looks like, its fields. */
export interface ObjectPart {
  /** The part's name in a message: `a step`. */
  readonly what: string;
  /** What a valid one looks like: `a JSON object with a title, a text and a link`. */
  readonly looks: string;
  readonly fields: readonly string[];
}

/** The part `what`, which `looks` like this and has these `fields`. */
export const objectPart = (what: string, looks: string, fields: readonly string[]): ObjectPart => ({
  what,
  looks,
  fields,
});

/**
 * The fields of a part of a lesson (readFields), with every field it does not have flagged
 * (checkKnownFields): how a lesson, a step, a prediction and a task are read.
 */
export function readPart(
  errors: LessonErrors,
  value: unknown,
  path: string,
  part: ObjectPart,
): Fields | undefined {
  const fields = readFields(errors, value, path, `${part.what}: ${part.looks}`);
  if (fields) checkKnownFields(errors, fields, part.fields, path, part.what);
  return fields;
}

/**
 * The items of a list of `min`…`max` items, or undefined with an error. The length is checked
 * before any item is read, so a list of 10⁹ items costs nothing.
 */
export function readItems(
  errors: LessonErrors,
  value: unknown,
  path: string,
  what: string,
  count: { min: number; max: number },
): unknown[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) {
    errors.add(path, `must be ${what}, got ${describeValue(value)}`);
    return undefined;
  }
  const length = value.length;
  if (length < count.min || length > count.max) {
    const range = count.min === count.max ? `${count.min}` : `${count.min} to ${count.max}`;
    errors.add(path, `must hold ${range} items, got ${length.toLocaleString('en')}`);
    return undefined;
  }
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(value, i);
    if (!descriptor || !('value' in descriptor)) {
      errors.add(at(path, i), descriptor ? 'must be a value, not a getter' : 'is missing');
      return undefined;
    }
    items.push(descriptor.value);
  }
  return items;
}

/**
 * Flags every field not in `allowed`: a typo (`teachersNote`) must not vanish silently. A close
 * name is suggested; a special name is said to be one.
 */
export function checkKnownFields(
  errors: LessonErrors,
  fields: Fields,
  allowed: readonly string[],
  path: string,
  what: string,
): void {
  for (const key of fields.keys()) {
    if (allowed.includes(key)) continue;
    if (SPECIAL_KEYS.has(key)) {
      errors.add(at(path, key), `is not allowed: JavaScript gives this name a meaning of its own`);
      continue;
    }
    const near = closest(key, allowed);
    const hint = near ? `did you mean "${near}"? ` : '';
    errors.add(
      at(path, key),
      `is not a field of ${what} (${hint}${what} has ${allowed.join(', ')})`,
    );
  }
}

/**
 * The allowed name `key` is likely a typo of (ignoring case): within 2 edits of a long name, 1 of
 * a short one, only the case of a name of 2 letters (`ID` for `id`, not `xy`).
 */
function closest(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  const lower = key.toLowerCase();
  return allowed.find((name) => {
    const limit = name.length >= 5 ? 2 : name.length >= 3 ? 1 : 0;
    return editDistance(lower, name.toLowerCase()) <= limit;
  });
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Reads one field's value; `path` is the field's own. */
export type FieldReader<T> = (value: unknown, path: string) => T | undefined;

/**
 * A required field read by `read`; when missing, an error saying so and what it holds (`what`,
 * e.g. `the step’s title, like {"en": "…"}`).
 */
export function required<T>(
  errors: LessonErrors,
  fields: Fields,
  key: string,
  path: string,
  what: string,
  read: FieldReader<T>,
): T | undefined {
  if (!fields.has(key)) {
    errors.add(at(path, key), `is missing: ${what}`);
    return undefined;
  }
  return read(fields.get(key), at(path, key));
}

/**
 * An optional field read by `read`: undefined when absent, null when present and wrong (its
 * error recorded), else the value.
 */
export function optional<T>(
  fields: Fields,
  key: string,
  path: string,
  read: FieldReader<T>,
): T | null | undefined {
  if (!fields.has(key)) return undefined;
  return read(fields.get(key), at(path, key)) ?? null;
}
