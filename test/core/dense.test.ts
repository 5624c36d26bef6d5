/** The blocked products of a dense layer (src/core/problems/dense.ts) against plain loops. */
import { describe, expect, it } from 'vitest';
import { denseBackward, denseForward, denseGradient } from '../../src/core/problems/dense';
import { createRng } from '../../src/core/rng';

const random = (length: number, seed: number) => {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => 2 * rng.uniform() - 1);
};

// Shapes that exercise every remainder: odd m, widths below, at and past the blocks of 2 and 4.
const SHAPES = [
  { m: 1, fanIn: 1, fanOut: 1 },
  { m: 7, fanIn: 5, fanOut: 3 },
  { m: 8, fanIn: 8, fanOut: 4 },
  { m: 13, fanIn: 6, fanOut: 10 },
  { m: 64, fanIn: 64, fanOut: 32 },
];

describe('dense layer products', () => {
  for (const { m, fanIn, fanOut } of SHAPES) {
    const weightAt = 3; // θ's blocks need not start at 0
    const biasAt = weightAt + fanIn * fanOut;
    const params = random(biasAt + fanOut + 2, 1);
    const a = random(m * fanIn, 2);
    const delta = random(m * fanOut, 3);

    it(`forward, gradient and backward match plain sums (m ${m}, ${fanIn} → ${fanOut})`, () => {
      const z = new Float64Array(m * fanOut);
      denseForward(a, m, fanIn, fanOut, params, weightAt, biasAt, z);
      const grad = new Float64Array(params.length);
      denseGradient(delta, a, m, fanIn, fanOut, grad, weightAt, biasAt);
      const e = new Float64Array(m * fanIn);
      denseBackward(delta, m, fanIn, fanOut, params, weightAt, e);
      for (let p = 0; p < m; p++)
        for (let r = 0; r < fanOut; r++) {
          let s = 0;
          for (let c = 0; c < fanIn; c++)
            s += params[weightAt + r * fanIn + c]! * a[p * fanIn + c]!;
          // Each sum runs in the same order as the plain loop: equal to the last bit.
          expect(z[p * fanOut + r]).toBe(params[biasAt + r]! + s);
        }
      for (let r = 0; r < fanOut; r++) {
        let sb = 0;
        for (let p = 0; p < m; p++) sb += delta[p * fanOut + r]!;
        expect(grad[biasAt + r]).toBe(sb);
        for (let c = 0; c < fanIn; c++) {
          let s = 0;
          for (let p = 0; p < m; p++) s += delta[p * fanOut + r]! * a[p * fanIn + c]!;
          expect(grad[weightAt + r * fanIn + c]).toBe(s);
        }
      }
      for (let p = 0; p < m; p++)
        for (let c = 0; c < fanIn; c++) {
          let s = 0;
          for (let r = 0; r < fanOut; r++)
            s += delta[p * fanOut + r]! * params[weightAt + r * fanIn + c]!;
          expect(e[p * fanIn + c]).toBe(s);
        }
      expect(grad.slice(0, weightAt).every((g) => g === 0)).toBe(true);
    });
  }
});
