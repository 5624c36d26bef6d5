/**
 * The small vocabulary that validation is written in: each check reads one field, records an
 * issue naming the field's path and the reason when the value is wrong, and returns the value
 * (or undefined). Nothing here throws.
 */
import { clip } from './text';

/** One problem with one field: `path` like `optimizers[1].beta1`, `message` the reason. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** `path: message`, the one line the CLI prints. */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A short, safe rendering of any value for a message (strings quoted, long values cut). */
export function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return clip(text, 40);
}

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the issues of one validation. */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Flags every key of `obj` not in `allowed` (typos such as `learningRate` for `lr`). */
export function checkKeys(
  issues: Issues,
  obj: PlainObject,
  allowed: readonly string[],
  path: string,
  what: string,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      issues.add(
        join(path, key),
        `unknown field for ${what} (expected one of: ${allowed.join(', ')})`,
      );
    }
  }
}

/**
 * An optional object whose keys are all in `allowed`: absent passes as undefined; a value that is
 * not an object is an issue and undefined; an unknown key is an issue, and the object comes back.
 */
export function checkObject(
  issues: Issues,
  value: unknown,
  path: string,
  allowed: readonly string[],
  what: string,
): PlainObject | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    issues.add(path, `must be an object, got ${describe(value)}`);
    return undefined;
  }
  checkKeys(issues, value, allowed, path, what);
  return value;
}

/** The defined fields of `fields`: what a validator keeps of the values it checked. */
export function definedFields<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export interface NumberRule {
  min: number;
  max: number;
  /** Values must be below `max` rather than at most. */
  maxExclusive?: boolean;
  /** Values must be above `min` rather than at least. */
  minExclusive?: boolean;
  integer?: boolean;
  /** Why the range is what it is, added to the message (e.g. what torch requires). */
  requires?: string;
}

/** Checks a number against a rule; `undefined` (absent) passes as undefined. */
export function checkNumber(
  issues: Issues,
  value: unknown,
  path: string,
  rule: NumberRule,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') {
    issues.add(path, `must be a number, got ${describe(value)}`);
    return undefined;
  }
  if (!Number.isFinite(value)) {
    issues.add(path, `must be a finite number, got ${describe(value)}`);
    return undefined;
  }
  if (rule.integer && !Number.isInteger(value)) {
    issues.add(path, `must be a whole number, got ${describe(value)}`);
    return undefined;
  }
  const low = rule.minExclusive ? value <= rule.min : value < rule.min;
  const high = rule.maxExclusive ? value >= rule.max : value > rule.max;
  if (low || high) {
    const lo = rule.minExclusive ? `above ${rule.min}` : `at least ${rule.min}`;
    const hi = rule.maxExclusive ? `below ${rule.max}` : `at most ${rule.max}`;
    const why = rule.requires ? ` (${rule.requires})` : '';
    issues.add(path, `must be ${lo} and ${hi}, got ${describe(value)}${why}`);
    return undefined;
  }
  return value;
}

export function checkBoolean(issues: Issues, value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  issues.add(path, `must be true or false, got ${describe(value)}`);
  return undefined;
}

export function checkChoice<T extends string>(
  issues: Issues,
  value: unknown,
  path: string,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as T;
  issues.add(path, `must be one of ${choices.join(', ')}; got ${describe(value)}`);
  return undefined;
}
