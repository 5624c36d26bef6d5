import { describe, expect, it } from 'vitest';
import { MAX_NOISE } from '../../src/scenario/validate';
import {
  formatNoise,
  NOISE_LAST_POSITION,
  NOISE_STOPS,
  noiseAtPosition,
  noiseToPosition,
  parseNoise,
} from '../../src/ui/problems/noise-scale';
import { MAX_SEED, parseSeed, ROLLED_SEED_LIMIT, rollSeed } from '../../src/ui/problems/seed';

describe('noise slider scale', () => {
  it('starts at 0 (off) and climbs a 1-2-5 ladder', () => {
    expect(noiseAtPosition(0)).toBe(0);
    expect(noiseAtPosition(1)).toBe(0.01);
    expect(noiseAtPosition(NOISE_LAST_POSITION)).toBe(100);
    for (let i = 2; i < NOISE_STOPS.length; i++) {
      const ratio = NOISE_STOPS[i]! / NOISE_STOPS[i - 1]!;
      expect([2, 2.5]).toContain(Math.round(ratio * 10) / 10);
    }
  });

  it('maps every stop to its own position and back', () => {
    NOISE_STOPS.forEach((stop, position) => {
      expect(noiseToPosition(stop)).toBe(position);
      expect(noiseAtPosition(position)).toBe(stop);
    });
  });

  it('puts values between stops at the stop nearest in log scale', () => {
    expect(noiseToPosition(0.3)).toBe(NOISE_STOPS.indexOf(0.2)); // log-nearer 0.2 than 0.5
    expect(noiseToPosition(0.35)).toBe(NOISE_STOPS.indexOf(0.5));
    expect(noiseToPosition(0.001)).toBe(1);
  });

  it('pins values beyond the ladder to its ends', () => {
    expect(noiseToPosition(MAX_NOISE)).toBe(NOISE_LAST_POSITION);
    expect(noiseToPosition(-1)).toBe(0);
    expect(noiseToPosition(NaN)).toBe(0);
    expect(noiseAtPosition(99)).toBe(100);
    expect(noiseAtPosition(-4)).toBe(0);
  });
});

describe('noise field', () => {
  it('formats σ with at most four significant digits', () => {
    expect(formatNoise(0)).toBe('0');
    expect(formatNoise(0.05)).toBe('0.05');
    expect(formatNoise(12.5)).toBe('12.5');
    expect(formatNoise(1 / 3)).toBe('0.3333');
  });

  it('reads any σ from 0 to MAX_NOISE, an empty field as 0', () => {
    expect(parseNoise(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseNoise('1e-3')).toEqual({ ok: true, value: 0.001 });
    expect(parseNoise(String(MAX_NOISE))).toEqual({ ok: true, value: MAX_NOISE });
    expect(parseNoise('')).toEqual({ ok: true, value: 0 });
  });

  it('refuses negatives, words and values above what validation accepts', () => {
    for (const text of ['-1', 'abc', '1,5', String(MAX_NOISE * 2), 'Infinity']) {
      expect(parseNoise(text).ok).toBe(false);
    }
  });
});

describe('seed', () => {
  it('reads whole numbers from 0 to MAX_SEED only', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed(' 0 ')).toBe(0);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
    expect(parseSeed(String(MAX_SEED + 1))).toBeNull();
    expect(parseSeed('1.5')).toBeNull();
    expect(parseSeed('-3')).toBeNull();
    expect(parseSeed('')).toBeNull();
  });

  it('rolls a seed from 1 to ROLLED_SEED_LIMIT − 1', () => {
    expect(rollSeed(7, () => 0)).toBe(1);
    expect(rollSeed(7, () => 0.999999)).toBe(ROLLED_SEED_LIMIT - 1);
    expect(rollSeed(7, () => 0.5)).toBeGreaterThan(1);
  });

  it('never rolls the current seed, so the dice always changes the noise', () => {
    expect(rollSeed(1, () => 0)).toBe(2);
    expect(rollSeed(ROLLED_SEED_LIMIT - 1, () => 0.999999)).toBe(1);
    for (let i = 0; i < 200; i++) {
      const current = 1 + (i % 5);
      expect(rollSeed(current, () => (current - 1) / (ROLLED_SEED_LIMIT - 1))).not.toBe(current);
    }
  });
});
