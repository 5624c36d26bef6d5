/**
 * The Inside tab's pure functions (src/core/model-insight): the confusion matrix and mistakes
 * against hand-counted cases, the layers of a layout, norms and update-to-weight ratios against
 * hand-computed values, and the budgeted gradient steps.
 */
import { describe, expect, it } from 'vitest';
import { confusionMatrix, mistakesOf } from '../../../src/core/model-insight/confusion';
import { firstLayerWeights } from '../../../src/core/model-insight/first-layer';
import {
  gradientSteps,
  layerBlocks,
  layerGradientNorms,
  layerNorm,
  updateRatios,
} from '../../../src/core/model-insight/layers';
import { netLayout, netShape } from '../../../src/core/problems/softmax-net';
import { LOGISTIC_LAYOUT } from '../../../src/core/problems/logistic-regression';

describe('confusionMatrix', () => {
  it('counts (true, predicted) pairs, a row per true class', () => {
    // true:      0 0 1 1 1 2 2
    // predicted: 0 1 1 1 2 2 0
    const c = confusionMatrix([0, 0, 1, 1, 1, 2, 2], [0, 1, 1, 1, 2, 2, 0], 3);
    expect(Array.from(c.counts)).toEqual([1, 1, 0, 0, 2, 1, 1, 0, 1]);
    expect(c.total).toBe(7);
    expect(c.correct).toBe(4);
  });

  it('of a perfect classifier is diagonal; of an empty part is all zero', () => {
    const perfect = confusionMatrix([2, 0, 1, 2], [2, 0, 1, 2], 3);
    expect(Array.from(perfect.counts)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(perfect.correct).toBe(4);
    const empty = confusionMatrix([], [], 2);
    expect(Array.from(empty.counts)).toEqual([0, 0, 0, 0]);
    expect(empty.total).toBe(0);
  });

  it('throws on a class out of range or mismatched lengths', () => {
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(/row 1/);
    expect(() => confusionMatrix([0], [0, 1], 2)).toThrow(/1 labels but 2/);
  });
});

describe('mistakesOf', () => {
  it('lists the wrong rows in order, at most `limit`', () => {
    const labels = [0, 1, 2, 3, 4, 5];
    const predicted = [0, 2, 2, 1, 4, 0];
    expect(mistakesOf(labels, predicted, 10)).toEqual([
      { index: 1, label: 1, predicted: 2 },
      { index: 3, label: 3, predicted: 1 },
      { index: 5, label: 5, predicted: 0 },
    ]);
    expect(mistakesOf(labels, predicted, 2).map((m) => m.index)).toEqual([1, 3]);
  });
});

describe('layerBlocks', () => {
  it('pairs each weight with its bias, named fan-in → fan-out', () => {
    const layout = netLayout(netShape([64, 32, 10], 'relu'));
    const blocks = layerBlocks(layout, 64 * 32 + 32 + 32 * 10 + 10);
    expect(blocks.map((b) => b.name)).toEqual(['64→32', '32→10']);
    expect(blocks[0]!.ranges).toEqual([
      [0, 2048],
      [2048, 32],
    ]);
    expect(blocks.map((b) => b.size)).toEqual([2080, 330]);
  });

  it('logistic regression is one layer; a problem without a layout is θ', () => {
    expect(layerBlocks(LOGISTIC_LAYOUT, 3)).toEqual([
      {
        name: '2→1',
        ranges: [
          [0, 2],
          [2, 1],
        ],
        size: 3,
      },
    ]);
    expect(layerBlocks(undefined, 2)).toEqual([{ name: 'θ', ranges: [[0, 2]], size: 2 }]);
  });
});

describe('layer norms and update ratios', () => {
  // Two layers over θ = (a, b | c): layer 1 is θ[0..1], layer 2 is θ[2].
  const blocks = [
    { name: 'one', ranges: [[0, 2]] as const, size: 2 },
    { name: 'two', ranges: [[2, 1]] as const, size: 1 },
  ];

  it('‖v_l‖ reads only the layer, from any base', () => {
    expect(layerNorm([3, 4, 12], blocks[0]!)).toBe(5);
    expect(layerNorm([9, 9, 9, 3, 4, 12], blocks[1]!, 3)).toBe(12);
  });

  it('ratio[l][k] = ‖θ_l,k+1 − θ_l,k‖ / ‖θ_l,k‖, NaN where the layer is 0', () => {
    // θ₀ = (3, 4, 0), θ₁ = (3, 4.5, 2), θ₂ = (0, 0, 2)
    const trajectory = Float64Array.from([3, 4, 0, 3, 4.5, 2, 0, 0, 2]);
    const [one, two] = updateRatios(trajectory, 3, 3, blocks);
    expect(Array.from(one!)).toEqual([0.5 / 5, Math.hypot(3, 4.5) / Math.hypot(3, 4.5)]);
    expect(Number.isNaN(two![0]!)).toBe(true);
    expect(two![1]).toBe(0);
  });

  it('a trajectory of one point has no steps', () => {
    expect(updateRatios([1, 2, 3], 3, 1, blocks).map((r) => r.length)).toEqual([0, 0]);
  });

  it('per-layer gradient norms are those of the gradient at each chosen step', () => {
    // f(θ) = ½‖θ‖²: ∇f(θ) = θ, so ‖∇_l f(θₖ)‖ = ‖θ_l,k‖.
    const trajectory = Float64Array.from([3, 4, 1, 0, 0, 2, 6, 8, 0]);
    const grad = (params: Float64Array, out: Float64Array) => {
      out.set(params);
      return 0.5 * params.reduce((s, p) => s + p * p, 0);
    };
    const norms = layerGradientNorms(grad, trajectory, 3, Int32Array.from([0, 2]), blocks);
    expect(Array.from(norms[0]!)).toEqual([5, 10]);
    expect(Array.from(norms[1]!)).toEqual([1, 0]);
  });
});

describe('gradientSteps', () => {
  it('every step when the budget allows', () => {
    expect(Array.from(gradientSteps(5, 10, 1000))).toEqual([0, 1, 2, 3, 4]);
  });
  it('a stride that keeps the count within the budget, with the last point', () => {
    // 101 points, 11 affordable: stride 10.
    const steps = gradientSteps(101, 10, 110);
    expect(Array.from(steps)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    // 11 points, 3 affordable: stride 5.
    expect(Array.from(gradientSteps(11, 1, 3))).toEqual([0, 5, 10]);
    // Never fewer than the first and the last point.
    expect(Array.from(gradientSteps(50, 1e9, 1))).toEqual([0, 49]);
    expect(Array.from(gradientSteps(0, 1, 1))).toEqual([]);
  });
});

describe('firstLayerWeights', () => {
  it('copies the first weight block and its largest |w|', () => {
    const layout = netLayout(netShape([2, 2, 1], 'tanh'));
    // θ = W₁ (2×2), b₁ (2), W₂ (1×2), b₂ (1)
    const params = [0.5, -2, 1, 0, 9, 9, 9, 9, 9];
    const first = firstLayerWeights(params, layout)!;
    expect(first.units).toBe(2);
    expect(first.inputs).toBe(2);
    expect(Array.from(first.weights)).toEqual([0.5, -2, 1, 0]);
    expect(first.maxAbs).toBe(2);
    expect(firstLayerWeights([1, 2], undefined)).toBeNull();
  });
});
