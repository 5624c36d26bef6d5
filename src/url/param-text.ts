/** Small readers shared by the link's parameter tables (fields.ts, view-fields.ts). */
import { readNumber } from './values';

export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A list of numbers "a,b,…"; a message when it is not `count` numbers. */
export function readNumbers(raw: string, count: number): number[] | string {
  const parts = raw.split(',').map((part) => readNumber(decodeURIComponentSafe(part)));
  if (parts.length !== count || parts.some((p) => typeof p !== 'number' || !Number.isFinite(p)))
    return `expected ${count} numbers separated by commas`;
  return parts as number[];
}

/** The first few of a list, and how many more: a notice names a handful, not thousands. */
export function listed(items: readonly string[], shown = 3): string {
  const more = items.length - shown;
  return more > 0 ? `${items.slice(0, shown).join(', ')} and ${more} more` : items.join(', ');
}
