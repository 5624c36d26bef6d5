import { describe, expect, it } from 'vitest';
import {
  axpy,
  completeBasis,
  cosine,
  dot,
  extendOrthonormal,
  norm,
  orthogonalTo,
  scaled,
  scaledNorm,
  signed,
  symmetricEigen,
  topEigenpairs,
} from '../../src/core/linalg';
import { createRng } from '../../src/core/rng';

const v = (...xs: number[]) => Float64Array.from(xs);

/** A random symmetric positive semi-definite matrix BᵀB (row-major n × n) from a seed. */
function psdMatrix(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const b = Float64Array.from({ length: n * n }, () => rng.normal());
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += b[k * n + i]! * b[k * n + j]!;
      a[i * n + j] = s;
    }
  return a;
}

const times = (a: Float64Array, n: number, x: Float64Array) =>
  Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j]! * x[j]!;
    return s;
  });

describe('vector helpers (src/core/linalg.ts)', () => {
  it('dot, norm, axpy, cosine, scaled and orthogonalTo', () => {
    expect(dot(v(1, 2, 3), v(4, -5, 6))).toBe(12);
    expect(norm(v(3, 4))).toBe(5);
    const y = v(1, 1);
    axpy(y, v(2, -1), 3);
    expect(Array.from(y)).toEqual([7, -2]);
    expect(cosine(v(1, 0), v(0, 2))).toBe(0);
    expect(cosine(v(0, 0), v(1, 2))).toBe(0);
    expect(norm(scaled(v(3, 4), 10))).toBeCloseTo(10, 14);
    expect(dot(orthogonalTo(v(1, 1), v(1, 0)), v(1, 0))).toBe(0);
  });

  it('scaledNorm: the norm where the sum of squares would overflow or underflow', () => {
    expect(norm(v(3e160, 4e160))).toBe(Infinity);
    expect(scaledNorm(v(3e160, 4e160)) / 5e160).toBeCloseTo(1, 14);
    expect(scaledNorm(v(3e-170, 4e-170)) / 5e-170).toBeCloseTo(1, 14);
    expect(scaledNorm(v(3, 4))).toBe(5);
    expect(scaledNorm(v(0, 0))).toBe(0);
    // Only a norm beyond the largest double is +∞; a NaN anywhere is NaN.
    expect(scaledNorm(v(1.7e308, 1.7e308))).toBe(Infinity);
    expect(scaledNorm(v(1, Infinity))).toBe(Infinity);
    expect(scaledNorm(v(Infinity, NaN))).toBeNaN();
    expect(scaledNorm(v(NaN, 1))).toBeNaN();
    expect(scaledNorm(v(1, 2, 300), 2)).toBeCloseTo(Math.sqrt(5), 14);
  });

  it('signed makes the largest-magnitude entry positive', () => {
    expect(Array.from(signed(v(0.1, -3, 2)))).toEqual([-0.1, 3, -2]);
  });

  it('extendOrthonormal and completeBasis give orthonormal vectors, even from dependent candidates', () => {
    const basis = [v(1, 0, 0)];
    const added = extendOrthonormal(basis, [v(2, 0, 0), v(1, 1, 0)]);
    const all = [...basis, ...added];
    expect(all).toHaveLength(3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(dot(all[i]!, all[j]!)).toBeCloseTo(i === j ? 1 : 0, 12);
    expect(completeBasis([], 4, 4)).toHaveLength(4);
  });
});

describe('symmetricEigen (cyclic Jacobi)', () => {
  it('diagonalises a symmetric matrix: A v = λ v, eigenvalues descending', () => {
    const n = 6;
    const a = psdMatrix(n, 7);
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 1; i < n; i++) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]!);
    for (let k = 0; k < n; k++) {
      const x = Float64Array.from({ length: n }, (_, i) => vectors[i * n + k]!);
      const ax = times(a, n, x);
      for (let i = 0; i < n; i++) expect(ax[i]!).toBeCloseTo(values[k]! * x[i]!, 9);
    }
    // The trace is the sum of the eigenvalues.
    let trace = 0;
    for (let i = 0; i < n; i++) trace += a[i * n + i]!;
    expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 9);
  });

  it('knows a 2 × 2 by hand: [[2, 1], [1, 2]] has 3 and 1', () => {
    const { values } = symmetricEigen(v(2, 1, 1, 2), 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
  });
});

describe('topEigenpairs (block Lanczos)', () => {
  it('finds the top eigenpairs of an operator known only by its products, as Jacobi does', () => {
    const n = 40;
    const a = psdMatrix(n, 3);
    const exact = symmetricEigen(a, n);
    const found = topEigenpairs((block) => block.map((q) => times(a, n, q)), n, 2, {
      tolerance: 1e-10,
      maxPasses: 100,
      seed: 1,
    });
    expect(found.values[0]).toBeCloseTo(exact.values[0]!, 7);
    expect(found.values[1]).toBeCloseTo(exact.values[1]!, 7);
    for (let k = 0; k < 2; k++) {
      const x = Float64Array.from({ length: n }, (_, i) => exact.vectors[i * n + k]!);
      expect(Math.abs(dot(found.vectors[k]!, x))).toBeCloseTo(1, 7);
    }
    expect(found.passes).toBeLessThan(n);
  });

  it('a diagonal operator: the two largest entries, in a few passes', () => {
    const d = v(1, 5, 2, 9, 3, 0.5, 7, 4);
    const found = topEigenpairs((block) => block.map((q) => q.map((x, i) => d[i]! * x)), 8, 2, {
      tolerance: 1e-12,
      maxPasses: 20,
      seed: 9,
    });
    expect(found.values[0]).toBeCloseTo(9, 10);
    expect(found.values[1]).toBeCloseTo(7, 10);
    expect(Math.abs(found.vectors[0]![3]!)).toBeCloseTo(1, 8);
  });

  it('is deterministic for a seed', () => {
    const a = psdMatrix(10, 5);
    const run = () =>
      topEigenpairs((block) => block.map((q) => times(a, 10, q)), 10, 2, {
        tolerance: 1e-9,
        maxPasses: 30,
        seed: 4,
      });
    expect(Array.from(run().vectors[0]!)).toEqual(Array.from(run().vectors[0]!));
  });
});
