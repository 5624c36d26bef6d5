/**
 * The gradient-noise slider: σ on a 1-2-5 log ladder with 0 ("off") at the left end. Gradients
 * differ by orders of magnitude between surfaces (|∇f| ≈ 5 at the sphere's start, ≈ 150 at
 * Rosenbrock's), so a linear 0…10 slider would be useless on one of them; the ladder gives a
 * readable round σ at every position and arrow keys step through them.
 */
import { MAX_NOISE } from '../../scenario/validate';
import { t } from '../../i18n';

/** Slider stops: off, then 0.01 … 100 in 1-2-5 steps. */
export const NOISE_STOPS: readonly number[] = [
  0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100,
];

/** The last slider position. */
export const NOISE_LAST_POSITION = NOISE_STOPS.length - 1;

/**
 * The slider position of σ: the stop nearest in log scale. 0 (and anything not above 0) is
 * position 0; values beyond the last stop (the field takes up to MAX_NOISE) pin to the end.
 */
export function noiseToPosition(noise: number): number {
  if (!(noise > 0)) return 0;
  let best = 1;
  for (let i = 2; i <= NOISE_LAST_POSITION; i++) {
    const distance = Math.abs(Math.log(noise / NOISE_STOPS[i]!));
    if (distance < Math.abs(Math.log(noise / NOISE_STOPS[best]!))) best = i;
  }
  return best;
}

/** σ at a slider position (rounded and clamped to the ladder). */
export function noiseAtPosition(position: number): number {
  const p = Math.max(0, Math.min(NOISE_LAST_POSITION, Math.round(position)));
  return Number.isFinite(p) ? NOISE_STOPS[p]! : 0;
}

/** σ as shown in its field: up to four significant digits, no trailing zeros ("0", "0.05", "12.5"). */
export function formatNoise(noise: number): string {
  if (!Number.isFinite(noise) || noise <= 0) return '0';
  return String(Number(noise.toPrecision(4)));
}

export type NoiseParse = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A typed σ: any number from 0 to MAX_NOISE (what validation accepts), else a short message. */
export function parseNoise(text: string): NoiseParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  if (!NUMBER.test(trimmed)) return { ok: false, message: t('noise.invalid', { max: MAX_NOISE }) };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value > MAX_NOISE) {
    return { ok: false, message: t('noise.invalid', { max: MAX_NOISE }) };
  }
  return { ok: true, value };
}
