/** The scenario seed as the header edits it: parsing what is typed, and rolling a new one. */

import { MAX_SEED } from '../../scenario/limits';

export { MAX_SEED };

/**
 * Rolled seeds stay below this: short enough to read out in class and to keep links short,
 * with plenty of distinct noise draws to compare.
 */
export const ROLLED_SEED_LIMIT = 100_000;

/**
 * A typed seed: a whole number from 0 to MAX_SEED, or null when the text is not one (the field
 * keeps the text and is marked invalid rather than committing a rounded guess).
 */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_SEED ? value : null;
}

/**
 * A fresh seed from 1 to ROLLED_SEED_LIMIT − 1 that differs from `current`, so the dice always
 * changes the noise. `random` returns values in [0, 1), like Math.random.
 */
export function rollSeed(current: number, random: () => number = Math.random): number {
  const span = ROLLED_SEED_LIMIT - 1;
  const seed = 1 + Math.min(span - 1, Math.floor(random() * span));
  // One draw is enough: on a collision take the next seed, wrapping within the range.
  return seed !== current ? seed : (seed % span) + 1;
}
