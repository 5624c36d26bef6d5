import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_DATA_DEFAULTS,
  classificationData,
  dataViewOf,
  generateClassificationData,
  resolveClassificationData,
} from '../../src/core/problems/datasets';
import { CLASSIFICATION_GENERATORS } from '../../src/scenario/types';

const generate = (generator: (typeof CLASSIFICATION_GENERATORS)[number], extra = {}) =>
  generateClassificationData(resolveClassificationData({ generator, ...extra }, generator));

describe('resolveClassificationData(spec, fallback)', () => {
  it('fills in n 200, seed 1 and the generator’s own noise; the fallback names the generator', () => {
    expect(resolveClassificationData(undefined, 'moons')).toEqual({
      generator: 'moons',
      n: 200,
      noise: 0.15,
      seed: 1,
    });
    expect(resolveClassificationData({ generator: 'circles', n: 50 }, 'moons')).toEqual({
      generator: 'circles',
      n: 50,
      noise: CLASSIFICATION_DATA_DEFAULTS.noise.circles,
      seed: 1,
    });
    expect(resolveClassificationData({ noise: 0 }, 'blobs').noise).toBe(0);
  });
});

describe('generateClassificationData(recipe)', () => {
  for (const generator of CLASSIFICATION_GENERATORS) {
    it(`${generator}: n points, ⌊n/2⌋ of class 0, the same per seed, different across seeds`, () => {
      for (const n of [200, 7, 2]) {
        const data = generate(generator, { n });
        expect(data.x1).toHaveLength(n);
        expect(data.x2).toHaveLength(n);
        const ones = data.labels.reduce((s, y) => s + y, 0);
        expect(ones).toBe(n - Math.floor(n / 2));
        for (const y of data.labels) expect(y === 0 || y === 1).toBe(true);
        for (const v of [...data.x1, ...data.x2]) expect(Number.isFinite(v)).toBe(true);
      }
      const a = generate(generator);
      const b = generate(generator);
      const c = generate(generator, { seed: 2 });
      expect(Array.from(b.x1)).toEqual(Array.from(a.x1));
      expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
      expect(Array.from(c.x1)).not.toEqual(Array.from(a.x1));
    });
  }

  it('shuffles the classes together (sklearn shuffles before adding noise)', () => {
    const { labels } = generate('moons');
    const firstHalfOnes = labels.slice(0, 100).reduce((s, y) => s + y, 0);
    expect(firstHalfOnes).toBeGreaterThan(30);
    expect(firstHalfOnes).toBeLessThan(70);
  });

  it('without noise, puts moons, circles and blobs exactly on their recipes', () => {
    const moons = generate('moons', { noise: 0 });
    for (let i = 0; i < moons.x1.length; i++) {
      const [a, b] = [moons.x1[i]!, moons.x2[i]!];
      // class 0: the unit upper half circle; class 1: centred on (1, 0.5), lower half.
      const r = moons.labels[i] ? Math.hypot(a - 1, b - 0.5) : Math.hypot(a, b);
      expect(r).toBeCloseTo(1, 12);
      expect(moons.labels[i] ? b <= 0.5 + 1e-12 : b >= -1e-12).toBe(true);
    }
    const circles = generate('circles', { noise: 0 });
    for (let i = 0; i < circles.x1.length; i++) {
      expect(Math.hypot(circles.x1[i]!, circles.x2[i]!)).toBeCloseTo(
        circles.labels[i] ? 0.5 : 1,
        12,
      );
    }
    const blobs = generate('blobs', { noise: 0 });
    for (let i = 0; i < blobs.x1.length; i++) {
      const c = blobs.labels[i] ? 1 : -1;
      expect([blobs.x1[i], blobs.x2[i]]).toEqual([c, c]);
    }
  });

  it('xor labels 1 exactly where x₁·x₂ > 0 before the noise, with a gap along the axes', () => {
    const data = generate('xor', { noise: 0, n: 400 });
    for (let i = 0; i < 400; i++) {
      const [a, b] = [data.x1[i]!, data.x2[i]!];
      expect(a * b > 0 ? 1 : 0).toBe(data.labels[i]);
      expect(Math.min(Math.abs(a), Math.abs(b))).toBeGreaterThanOrEqual(0.1);
      expect(Math.max(Math.abs(a), Math.abs(b))).toBeLessThanOrEqual(1);
    }
  });

  it('noise is a Gaussian σ: blobs spread with about the asked standard deviation', () => {
    const data = generate('blobs', { noise: 0.5, n: 2000 });
    let sq = 0;
    for (let i = 0; i < 2000; i++) sq += (data.x1[i]! - (data.labels[i] ? 1 : -1)) ** 2;
    expect(Math.sqrt(sq / 2000)).toBeCloseTo(0.5, 1);
  });
});

describe('classificationData(spec, fallback)', () => {
  it('takes inline points over the generator', () => {
    const data = classificationData(
      {
        generator: 'moons',
        points: [
          [0, 1, 0],
          [2, 3, 1],
        ],
      },
      'blobs',
    );
    expect(Array.from(data.x1)).toEqual([0, 2]);
    expect(Array.from(data.x2)).toEqual([1, 3]);
    expect(Array.from(data.labels)).toEqual([0, 1]);
  });

  it('generates from the fallback generator when the spec names none', () => {
    expect(Array.from(classificationData(undefined, 'circles').x1)).toEqual(
      Array.from(generate('circles').x1),
    );
  });
});

describe('dataViewOf(data)', () => {
  it('is a square around every point with a 10% margin of the larger span', () => {
    const data = {
      x1: Float64Array.of(0, 4, 2),
      x2: Float64Array.of(1, 2, 1.5),
      labels: Float64Array.of(0, 1, 0),
    };
    const view = dataViewOf(data);
    expect(view.x[0]).toBeCloseTo(-0.4, 12);
    expect(view.x[1]).toBeCloseTo(4.4, 12);
    expect(view.y[1] - view.y[0]).toBeCloseTo(4.8, 12);
    expect((view.y[0] + view.y[1]) / 2).toBeCloseTo(1.5, 12);
  });

  it('holds every generated point and falls back to [−1, 1]² or a side of 2', () => {
    for (const generator of CLASSIFICATION_GENERATORS) {
      const data = generate(generator);
      const { x, y } = dataViewOf(data);
      for (let i = 0; i < data.x1.length; i++) {
        expect(data.x1[i]! > x[0] && data.x1[i]! < x[1]).toBe(true);
        expect(data.x2[i]! > y[0] && data.x2[i]! < y[1]).toBe(true);
      }
    }
    const empty = { x1: new Float64Array(0), x2: new Float64Array(0), labels: new Float64Array(0) };
    expect(dataViewOf(empty)).toEqual({ x: [-1, 1], y: [-1, 1] });
    const one = { x1: Float64Array.of(3), x2: Float64Array.of(-2), labels: Float64Array.of(1) };
    expect(dataViewOf(one)).toEqual({ x: [2, 4], y: [-3, -1] });
  });
});
