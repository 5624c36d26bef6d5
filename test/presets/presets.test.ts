/**
 * The presets are teaching claims, so each is checked against what its numbers actually do: every
 * preset has an expectation below, keyed by its id, asserting what its two sentences say. A preset
 * without one fails, so a new preset cannot ship with untested text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { FUNCTION_NAMES } from '../../src/core/problems/functions';
import { buildProblem } from '../../src/core/problems';
import {
  createLinearRegression,
  generateLinearData,
  leastSquares,
  LINEAR_DATA_DEFAULTS,
} from '../../src/core/problems/linear-regression';
import { run, type RunResult } from '../../src/core/run';
import { RUN_COLORS } from '../../src/plot/palette';
import { PRESET_TOPICS, PRESETS, type Preset } from '../../src/presets/presets';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/types';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { runModel } from '../../src/engine/plane';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { CURVATURE_EXPECTATIONS } from './curvature-expectations';
import { MUON_EXPECTATIONS } from './muon-expectations';
import { LBFGS_EXPECTATIONS } from './lbfgs-expectations';
import { NEWTON_EXPECTATIONS } from './newton-expectations';
import { SCHEDULE_FREE_EXPECTATIONS } from './schedule-free-expectations';
import { DATA_EXPECTATIONS } from './data-expectations';

// The preset on overfitting trains on a shipped data set (docs/models.md, "Real data").
beforeAll(() => loadDataSets(['breast-cancer']));

/** The model runs of a preset as the worker computes them: accuracy per step and the plane. */
const modelRuns = (preset: Preset) => {
  const { accuracy, plane } = runModel(preset.scenario, 'pca');
  return { accuracy: accuracy!, plane };
};

// ── measuring a run ──────────────────────────────────────────────────────────────────────────

type Point = [number, number];

const point = (r: RunResult, k: number): Point => [r.trajectory[2 * k]!, r.trajectory[2 * k + 1]!];
const points = (r: RunResult) => r.loss.length;
const last = (r: RunResult): Point => point(r, points(r) - 1);
const finalLoss = (r: RunResult) => r.loss[points(r) - 1]!;
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const stepLength = (r: RunResult, k: number) => distance(point(r, k - 1), point(r, k));

/** First step k with loss[k] < threshold, or -1. */
const reaches = (r: RunResult, threshold: number) => r.loss.findIndex((l) => l < threshold);

/** How often coordinate `axis` changes direction: a count of zig-zags. */
function reversals(r: RunResult, axis: 0 | 1): number {
  let count = 0;
  for (let k = 2; k < points(r); k++) {
    const before = point(r, k - 1)[axis] - point(r, k - 2)[axis];
    const after = point(r, k)[axis] - point(r, k - 1)[axis];
    if (before * after < 0) count++;
  }
  return count;
}

/** Mean step length over the last n steps. */
function tailStep(r: RunResult, n: number): number {
  let sum = 0;
  for (let k = points(r) - n; k < points(r); k++) sum += stepLength(r, k);
  return sum / n;
}

/** Mean step length over the n steps ending at step k. */
function tailStepAt(r: RunResult, k: number, n = 50): number {
  let sum = 0;
  for (let j = k - n + 1; j <= k; j++) sum += stepLength(r, j);
  return sum / n;
}

/** Largest distance between two runs at the same step. */
function maxGap(a: RunResult, b: RunResult): number {
  let gap = 0;
  for (let k = 0; k < Math.min(points(a), points(b)); k++)
    gap = Math.max(gap, distance(point(a, k), point(b, k)));
  return gap;
}

/** Largest value of coordinate `axis` along the run. */
function maxCoordinate(r: RunResult, axis: 0 | 1): number {
  let max = -Infinity;
  for (let k = 0; k < points(r); k++) max = Math.max(max, point(r, k)[axis]);
  return max;
}

/** The same scenario with one run's fields changed: for "try α = … and …" claims. */
function variant(scenario: Scenario, index: number, patch: object): Scenario {
  return {
    ...scenario,
    optimizers: scenario.optimizers.map((o, i) => (i === index ? { ...o, ...patch } : o)),
  };
}

// ── what each preset's text says ─────────────────────────────────────────────────────────────

/** λmax of f's Hessian at a point, by central differences of the analytic gradient. */
function largestHessianEigenvalue(spec: Scenario['problem'], at: Point): number {
  const problem = buildProblem(spec);
  const h = 1e-5;
  const gradAt = (x: number, y: number) => {
    const grad = new Float64Array(2);
    problem.valueAndGrad(Float64Array.of(x, y), grad);
    return grad;
  };
  const column = (axis: 0 | 1) => {
    const plus = gradAt(at[0] + (axis === 0 ? h : 0), at[1] + (axis === 1 ? h : 0));
    const minus = gradAt(at[0] - (axis === 0 ? h : 0), at[1] - (axis === 1 ? h : 0));
    return [(plus[0]! - minus[0]!) / (2 * h), (plus[1]! - minus[1]!) / (2 * h)];
  };
  const [a, b] = column(0);
  const [c, d] = column(1);
  const offDiagonal = (b! + c!) / 2;
  // The larger root of λ² − (a + d)λ + (ad − b²) for the symmetric 2 × 2 [[a, b], [b, d]].
  return (a! + d!) / 2 + Math.hypot((a! - d!) / 2, offDiagonal);
}

type Expectation = (runs: RunResult[], preset: Preset) => void;

const EXPECTATIONS: Record<string, Expectation> = {
  ...CURVATURE_EXPECTATIONS,
  ...NEWTON_EXPECTATIONS,
  ...SCHEDULE_FREE_EXPECTATIONS,
  ...DATA_EXPECTATIONS,
  ...MUON_EXPECTATIONS,
  ...LBFGS_EXPECTATIONS,
  'learning-rate-quadratic': ([small, right, large], preset) => {
    expect(small!.divergedAt).toBeNull();
    expect(right!.divergedAt).toBeNull();
    expect(large!.divergedAt).toBe(49);
    // "stable only while α < 2/L": L, the largest eigenvalue of f's Hessian, measured here by
    // central differences of the problem's own gradient (Booth's is [[10, 8], [8, 10]], L = 18).
    const L = largestHessianEigenvalue(preset.scenario.problem, [0, 0]);
    expect(L).toBeCloseTo(18, 5);
    const [smallLr, rightLr, largeLr] = preset.scenario.optimizers.map((o) => o.lr);
    expect(smallLr!).toBeLessThan(2 / L);
    expect(rightLr!).toBeLessThan(2 / L);
    expect(largeLr!).toBeGreaterThan(2 / L);
    // "still creeping": far from the minimum after 100 steps, but still moving.
    expect(distance(last(small!), [1, 3])).toBeGreaterThan(0.3);
    expect(stepLength(small!, 100)).toBeGreaterThan(1e-3);
    expect(distance(last(right!), [1, 3])).toBeLessThan(1e-3);
    // "overshoots further on every bounce": the distance to the minimum grows.
    const d = (k: number) => distance(point(large!, k), [1, 3]);
    for (let k = 2; k < 40; k++) expect(d(k)).toBeGreaterThan(d(k - 1));
  },
  'momentum-ellipse': ([gd, momentum]) => {
    expect(reversals(gd!, 1)).toBeGreaterThan(50); // bounces across on every step
    expect(reaches(gd!, 1e-4)).toBe(52);
    expect(reaches(momentum!, 1e-4)).toBe(18);
  },
  'nesterov-vs-heavy-ball': ([heavy, nesterov]) => {
    // Both start at x = -4: overshoot is how far past x = 0 they swing.
    expect(maxCoordinate(heavy!, 0)).toBeCloseTo(1.2, 1);
    expect(maxCoordinate(nesterov!, 0)).toBeCloseTo(0.9, 1);
    expect(reaches(nesterov!, 1e-4)).toBe(38);
    expect(reaches(heavy!, 1e-4)).toBe(83);
  },
  'gd-vs-adam-rosenbrock': ([gd, adam], preset) => {
    expect(finalLoss(adam!)).toBeLessThan(finalLoss(gd!) / 400);
    expect(distance(last(gd!), [-1.1, 1.2])).toBeLessThan(0.1);
    expect(distance(last(adam!), [1, 1])).toBeLessThan(0.25);
    const [faster] = run(variant(preset.scenario, 0, { lr: 0.003 }));
    expect(faster!.divergedAt).not.toBeNull();
  },
  'adagrad-vs-rmsprop': ([adagrad, rmsprop]) => {
    expect(stepLength(adagrad!, 1)).toBeCloseTo(0.14, 2);
    expect(stepLength(adagrad!, 300)).toBeCloseTo(0.003, 3);
    // Steps that keep shrinking: each 50-step stretch covers less ground than the one before.
    for (let k = 100; k <= 300; k += 50)
      expect(tailStepAt(adagrad!, k)).toBeLessThan(tailStepAt(adagrad!, k - 50));
    expect(last(adagrad!)[0]).toBeCloseTo(-1.3, 1);
    expect(reaches(rmsprop!, 1e-6)).toBeGreaterThan(30);
    expect(reaches(rmsprop!, 1e-6)).toBeLessThan(45);
  },
  'adam-bias-correction': ([corrected, uncorrected]) => {
    // First step: exactly α per coordinate with correction, (1 − β₁)/√(1 − β₂) ≈ 3.16 times that without.
    expect(stepLength(corrected!, 1)).toBeCloseTo(0.1 * Math.SQRT2, 6);
    const ratio = (k: number) => stepLength(uncorrected!, k) / stepLength(corrected!, k);
    expect(ratio(1)).toBeCloseTo(0.1 / Math.sqrt(0.001), 3);
    for (let k = 1; k <= 10; k++) {
      expect(ratio(k)).toBeGreaterThan(3);
      expect(ratio(k)).toBeLessThan(7);
    }
    // It swings past the minimum (x > 0 from x = -4) further than the corrected run.
    expect(maxCoordinate(uncorrected!, 0)).toBeGreaterThan(
      2 * Math.max(0, maxCoordinate(corrected!, 0)),
    );
    expect(finalLoss(uncorrected!)).toBeLessThan(1e-6); // "before settling"
  },
  'adam-large-eps': ([adam, bigEps, gd]) => {
    // The gradient (0.2x, 4y) never exceeds 6 in size on any of these paths, far below ε = 100.
    for (const r of [adam!, bigEps!, gd!])
      for (let k = 0; k < points(r); k++) expect(r.gradNorm[k]).toBeLessThan(6.1);
    // Adam's first step is diagonal (α in each coordinate); the large-ε run's is not.
    const first = (r: RunResult): Point => [
      point(r, 1)[0] - point(r, 0)[0],
      point(r, 1)[1] - point(r, 0)[1],
    ];
    expect(Math.abs(first(adam!)[0])).toBeCloseTo(Math.abs(first(adam!)[1]), 6);
    expect(Math.abs(first(bigEps!)[0])).toBeLessThan(Math.abs(first(bigEps!)[1]) / 5);
    expect(maxGap(bigEps!, gd!)).toBeLessThan(0.6);
    expect(maxGap(adam!, gd!)).toBeGreaterThan(2 * maxGap(bigEps!, gd!));
  },
  'adam-beta1': ([beta0, beta09]) => {
    expect(reversals(beta0!, 1)).toBeGreaterThan(200);
    expect(reversals(beta09!, 1)).toBeLessThan(20);
    expect(distance(last(beta0!), [1, 1])).toBeGreaterThan(0.5);
    expect(distance(last(beta09!), [1, 1])).toBeLessThan(0.25);
    expect(finalLoss(beta09!)).toBeLessThan(finalLoss(beta0!) / 60);
  },
  'adam-small-beta2': ([b999, b9, b5]) => {
    expect(finalLoss(b999!)).toBeLessThan(1e-8);
    expect(tailStep(b9!, 50)).toBeGreaterThan(100 * tailStep(b999!, 50));
    expect(tailStep(b5!, 50)).toBeGreaterThan(100 * tailStep(b999!, 50));
    expect(finalLoss(b9!)).toBeGreaterThan(100 * finalLoss(b999!));
    expect(finalLoss(b5!)).toBeGreaterThan(100 * finalLoss(b999!));
  },
  'adamw-vs-adam-l2': ([adam, l2, adamw], preset) => {
    expect(distance(last(adam!), [2.01, 0.99])).toBeLessThan(0.01);
    expect(distance(last(l2!), [1.45, 1.07])).toBeLessThan(0.01);
    expect(distance(last(adamw!), [0.93, 0.88])).toBeLessThan(0.01);
    // Adam + L2 sits at the ridge fit: the gradient of MSE + (λ/2)‖θ‖² vanishes there.
    const { xs, ys } = regressionData(preset.scenario);
    const [w, b] = last(l2!);
    let gw = 0.8 * w;
    let gb = 0.8 * b;
    for (let i = 0; i < xs.length; i++) {
      const residual = w * xs[i]! + b - ys[i]!;
      gw += (2 * residual * xs[i]!) / xs.length;
      gb += (2 * residual) / xs.length;
    }
    // (Adam's steps still ripple at the end, so the gradient is small, not zero.)
    expect(Math.hypot(gw, gb)).toBeLessThan(3e-3);
    expect(Math.hypot(...last(adamw!))).toBeLessThan(Math.hypot(...last(l2!)) - 0.2);
  },
  'saddle-escape': ([gd, momentum, adam]) => {
    const escape = (r: RunResult) => {
      for (let k = 0; k < points(r); k++) if (Math.abs(point(r, k)[1]) > 1) return k;
      return Infinity;
    };
    const closest = (r: RunResult) => {
      let min = Infinity;
      for (let k = 0; k < points(r); k++) min = Math.min(min, Math.hypot(...point(r, k)));
      return min;
    };
    expect(escape(gd!)).toBeGreaterThan(65);
    expect(escape(gd!)).toBeLessThan(75);
    expect(escape(momentum!)).toBeLessThan(30);
    expect(closest(gd!)).toBeLessThan(0.1);
    expect(closest(adam!)).toBeGreaterThan(0.5);
    // Off the map (the view is [-2, 2]²), or stopped by the divergence bound.
    for (const r of [gd!, momentum!, adam!])
      expect(r.divergedAt !== null || Math.abs(last(r)[1]) > 2).toBe(true);
  },
  'himmelblau-basins': ([gd, momentum]) => {
    expect(distance(last(gd!), [3, 2])).toBeLessThan(1e-3);
    expect(distance(last(momentum!), [3.584428, -1.848126])).toBeLessThan(1e-3);
  },
  'six-hump-camel-depths': ([gd, momentum, adam]) => {
    expect(finalLoss(gd!)).toBeCloseTo(2.1043, 3);
    expect(finalLoss(momentum!)).toBeCloseTo(-0.2155, 3);
    expect(finalLoss(adam!)).toBeCloseTo(-1.0316, 3);
    expect(Math.abs(point(adam!, 1)[0] - 1.7)).toBeCloseTo(0.3, 6);
    expect(Math.abs(point(adam!, 1)[1] - 0.9)).toBeCloseTo(0.3, 6);
  },
  'rastrigin-small-lr': ([small, cosine], preset) => {
    expect(finalLoss(small!)).toBeGreaterThan(7.5);
    expect(finalLoss(small!)).toBeLessThan(8.5);
    expect(finalLoss(cosine!)).toBeLessThan(1e-6);
    const [, nudged] = run(variant(preset.scenario, 1, { lr: 0.05 }));
    expect(finalLoss(nudged!)).toBeCloseTo(1, 0);
    expect(finalLoss(nudged!)).toBeGreaterThan(0.5);
  },
  'formula-double-well': ([gd, adam]) => {
    // GD slides to near the saddle first and lingers, then leaves after ~30 steps.
    expect(point(gd!, 20)[0]).toBeLessThan(0.1);
    expect(point(gd!, 20)[1]).toBeLessThan(0.25);
    expect(point(gd!, 25)[0]).toBeLessThan(0.5);
    expect(point(gd!, 40)[0]).toBeGreaterThan(0.9);
    // Adam is in the well within 20 steps.
    expect(point(adam!, 20)[0]).toBeGreaterThan(0.9);
    for (const r of [gd!, adam!]) expect(last(r)[0]).toBeCloseTo(1, 2);
  },
  'logistic-blobs': (runs, preset) => {
    const { accuracy, plane } = modelRuns(preset);
    for (const a of accuracy) expect(a[a.length - 1]).toBeGreaterThanOrEqual(0.95);
    expect(runs.every((r) => r.divergedAt === null)).toBe(true);
    expect(plane.method).toBe('pca');
  },
  'mlp-moons': (runs, preset) => {
    const { accuracy } = modelRuns(preset);
    const [gd, momentum, adam] = accuracy;
    expect(gd![100]).toBeLessThan(momentum![100]!);
    expect(gd![100]).toBeLessThan(adam![100]!);
    for (const a of accuracy) expect(a[500]).toBeGreaterThan(0.98);
    expect(runs[0]!.dim).toBe(337);
  },
  'minibatch-noise': ([fast, slow], preset) => {
    const fMin = leastSquaresLoss(preset.scenario);
    const tail = (r: RunResult) => {
      let sum = 0;
      for (let k = points(r) - 50; k < points(r); k++) sum += r.loss[k]! - fMin;
      return sum / 50;
    };
    // Close within a few steps, dozens of steps for the slow one.
    expect(reaches(fast!, fMin + 0.1)).toBeLessThan(5);
    expect(reaches(slow!, fMin + 0.1)).toBeGreaterThan(20);
    // Then the slow run stays far closer.
    expect(tail(slow!)).toBeLessThan(tail(fast!) / 10);
  },
  schedules: (runs, preset) => {
    const [constant, step, cosine, warmup, oneCycle] = runs;
    const excess = (r: RunResult) => finalLoss(r) - leastSquaresLoss(preset.scenario);
    for (const r of [step, cosine, warmup, oneCycle])
      expect(excess(r!)).toBeLessThan(excess(constant!) / 10);
    // Step decay: cut to 30% at 75, 150 and 225.
    expect(step!.lr[74]).toBeCloseTo(0.1, 12);
    expect(step!.lr[75]).toBeCloseTo(0.03, 12);
    expect(step!.lr[225]).toBeCloseTo(0.1 * 0.3 ** 3, 12);
    expect(cosine!.lr[299]).toBeLessThan(1e-4);
    // Warm-up and one-cycle start short and grow to the peak α.
    for (const r of [warmup!, oneCycle!]) {
      expect(r.lr[0]).toBeLessThan(0.1 / 5);
      expect(Math.max(...r.lr)).toBeCloseTo(0.1, 6);
      expect(stepLength(r, 1)).toBeLessThan(stepLength(constant!, 1) / 5);
    }
  },
};

// ── the dataset of the regression presets, from the core ─────────────────────────────────────

function regressionData(scenario: Scenario) {
  if (scenario.problem.type !== 'linear-regression') throw new Error('not a regression preset');
  return generateLinearData({ ...LINEAR_DATA_DEFAULTS, ...scenario.problem.data });
}

function leastSquaresLoss(scenario: Scenario): number {
  const fit = leastSquares(regressionData(scenario));
  // The core's own minimum agrees (a guard against this test computing a different MSE).
  const info = createLinearRegression({ ...LINEAR_DATA_DEFAULTS }).info;
  expect(info.minima[0]!.value).toBeCloseTo(fit.mse, 12);
  return fit.mse;
}

// ── the text ─────────────────────────────────────────────────────────────────────────────────

/** Sentences end with . ! or ? followed by a space or the end (so 0.45 and (1, 3) do not split). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('sentences()', () => {
  it('splits at sentence ends and not at decimals', () => {
    expect(sentences('α = 0.45 works. It reaches (1, 3).')).toEqual([
      'α = 0.45 works.',
      'It reaches (1, 3).',
    ]);
  });
});

// ── the tests ────────────────────────────────────────────────────────────────────────────────

describe('PRESETS', () => {
  it('has at least 14 presets with unique ids', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has an expectation for every preset and none for a preset that does not exist', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(ids.filter((id) => !(id in EXPECTATIONS))).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('fills every topic, in the topics’ order', () => {
    const topics = PRESETS.map((p) => p.topic);
    for (const topic of PRESET_TOPICS) expect(topics).toContain(topic);
    const order = topics.map((t) => PRESET_TOPICS.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  it('has a title and a summary of exactly two sentences', () => {
    expect(preset.title.length).toBeGreaterThan(5);
    const parts = sentences(preset.summary);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part).toMatch(/^[A-Z(α-ωΑ-Ω]/u);
  });

  it('is a valid scenario, unchanged by validation', () => {
    const result = validateScenario(preset.scenario);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario).toEqual(preset.scenario);
  });

  it('uses a known problem, modest steps, the palette in order and runs told apart by name', () => {
    const { problem, steps, optimizers } = preset.scenario;
    if (problem.type === 'function') expect(FUNCTION_NAMES).toContain(problem.name);
    // Adam needs 2,000 steps to reach its edge of stability and stay (edge-of-stability-adam).
    expect(steps).toBeLessThanOrEqual(2000);
    optimizers.forEach((o, i) => {
      expect(o.color).toBe(RUN_COLORS[i]);
      // A label, or a type no other run has (the run is named by it); never a number, which
      // would go stale once the value is moved (issue 14, docs/presets.md).
      const sharedType = optimizers.filter((other) => other.type === o.type).length > 1;
      if (sharedType) expect(o.label?.length).toBeGreaterThan(0);
      expect(o.label ?? '').not.toMatch(/=|\b\d/);
      expect((o.label ?? '').length).toBeLessThanOrEqual(60);
    });
    const names = optimizers.map((o) => `${o.type}:${o.label ?? ''}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('survives the link round trip with no notices', () => {
    const view = { ...DEFAULT_VIEW, ...preset.view };
    const { state, notices } = decodeLink('?' + encodeLink({ scenario: preset.scenario, view }));
    expect(notices).toEqual([]);
    expect(state.scenario).toEqual(preset.scenario);
    expect(state.view).toEqual(view);
  });

  it('behaves as its text says', () => {
    const expectation = EXPECTATIONS[preset.id];
    expect(expectation, `no expectation for preset ${preset.id}`).toBeDefined();
    expectation!(run(preset.scenario), preset);
  });
});
