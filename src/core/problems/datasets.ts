/**
 * Seeded two-class datasets in the plane for the classifiers (logistic regression, the MLP).
 * Every generator draws from `createRng(seed)` only, so a recipe names one dataset in every
 * engine. The recipes follow scikit-learn's `sklearn.datasets` generators where there is one
 * (make_blobs, make_moons, make_circles) and the TensorFlow Playground's data sets otherwise
 * (spiral, xor), scaled so that every dataset lies within about [−2, 2]², where a network
 * initialised as PyTorch does (weights ~ 1/√fan_in) starts neither saturated nor flat.
 *
 * Labels: class 0 is made first and class 1 second, ⌊n/2⌋ and n − ⌊n/2⌋ points (sklearn's split
 * for make_moons and make_circles), then the points are shuffled and the noise added, as
 * sklearn does, so that no class is drawn on top of the other.
 */
import type { ClassificationDataSpec, ClassificationGenerator } from '../../scenario/data-types';
import { createRng, type Rng } from '../rng';
import type { ClassificationData, View } from './types';
import { CLASSIFICATION_DATA_DEFAULTS } from './dataset-defaults';

/** A resolved recipe: every field present. */
export interface ClassificationRecipe {
  generator: ClassificationGenerator;
  n: number;
  noise: number;
  seed: number;
}

export { CLASSIFICATION_DATA_DEFAULTS } from './dataset-defaults';

/** The recipe a spec names, with the defaults filled in; `fallback` when it names no generator. */
export function resolveClassificationData(
  spec: ClassificationDataSpec | undefined,
  fallback: ClassificationGenerator,
): ClassificationRecipe {
  const generator = spec?.generator ?? fallback;
  return {
    generator,
    n: spec?.n ?? CLASSIFICATION_DATA_DEFAULTS.n,
    noise: spec?.noise ?? CLASSIFICATION_DATA_DEFAULTS.noise[generator],
    seed: spec?.seed ?? CLASSIFICATION_DATA_DEFAULTS.seed,
  };
}

/**
 * The dataset of a spec: its inline `points` (from a CSV) when it has any, which win over the
 * generator; otherwise the generated recipe. Labels of inline points are taken as given
 * (validation keeps them to 0 and 1).
 */
export function classificationData(
  spec: ClassificationDataSpec | undefined,
  fallback: ClassificationGenerator,
): ClassificationData {
  const points = spec?.points;
  if (points && points.length > 0) {
    return {
      x1: Float64Array.from(points, (p) => p[0]),
      x2: Float64Array.from(points, (p) => p[1]),
      labels: Float64Array.from(points, (p) => p[2]),
    };
  }
  return generateClassificationData(resolveClassificationData(spec, fallback));
}

/** The seeded dataset of a resolved recipe. */
export function generateClassificationData(recipe: ClassificationRecipe): ClassificationData {
  const n = Math.max(0, Math.floor(recipe.n));
  const data: ClassificationData = {
    x1: new Float64Array(n),
    x2: new Float64Array(n),
    labels: new Float64Array(n),
  };
  const rng = createRng(recipe.seed);
  const n0 = Math.floor(n / 2);
  const n1 = n - n0;
  GENERATORS[recipe.generator](data, n0, n1, rng);
  shuffle(data, rng);
  addNoise(data, recipe.noise, rng);
  return data;
}

type Generator = (data: ClassificationData, n0: number, n1: number, rng: Rng) => void;

/** Writes point i of the clean dataset. */
function put(data: ClassificationData, i: number, x1: number, x2: number, label: number): void {
  data.x1[i] = x1;
  data.x2[i] = x2;
  data.labels[i] = label;
}

/** `count` evenly spaced values from a to b, endpoints included (numpy.linspace). */
function linspace(a: number, b: number, count: number, k: number): number {
  return count === 1 ? a : a + ((b - a) * k) / (count - 1);
}

const GENERATORS: Record<ClassificationGenerator, Generator> = {
  /**
   * Two isotropic Gaussian blobs (sklearn make_blobs with two centres) at (−1, −1) for class 0
   * and (1, 1) for class 1; the noise is their standard deviation and is added with the rest.
   */
  blobs(data, n0, n1) {
    for (let i = 0; i < n0; i++) put(data, i, -1, -1, 0);
    for (let i = 0; i < n1; i++) put(data, n0 + i, 1, 1, 1);
  },
  /**
   * sklearn make_moons: class 0 on the upper half circle (cos t, sin t), class 1 on the lower
   * one (1 − cos t, 1 − sin t − ½), t evenly spaced over [0, π]; noise is Gaussian σ.
   */
  moons(data, n0, n1) {
    for (let i = 0; i < n0; i++) {
      const t = linspace(0, Math.PI, n0, i);
      put(data, i, Math.cos(t), Math.sin(t), 0);
    }
    for (let i = 0; i < n1; i++) {
      const t = linspace(0, Math.PI, n1, i);
      put(data, n0 + i, 1 - Math.cos(t), 1 - Math.sin(t) - 0.5, 1);
    }
  },
  /**
   * sklearn make_circles with factor 0.5: class 0 on the unit circle, class 1 on the circle of
   * radius 0.5, angles evenly spaced over [0, 2π) (endpoint excluded); noise is Gaussian σ.
   */
  circles(data, n0, n1) {
    const factor = 0.5;
    for (let i = 0; i < n0; i++) {
      const t = (2 * Math.PI * i) / n0;
      put(data, i, Math.cos(t), Math.sin(t), 0);
    }
    for (let i = 0; i < n1; i++) {
      const t = (2 * Math.PI * i) / n1;
      put(data, n0 + i, factor * Math.cos(t), factor * Math.sin(t), 1);
    }
  },
  /**
   * Two interleaved spirals (the TensorFlow Playground's, scaled to radius 1 and 1.5 turns):
   * point s of an arm, s evenly spaced over [0.2, 1], at radius s and angle 3π·s, the second arm
   * turned by π. The arms are 1/3 apart, so the default noise (Gaussian σ 0.05) keeps them
   * plainly apart; they start at radius 0.2 because nearer the centre they would tangle.
   */
  spiral(data, n0, n1) {
    const arm = (offset: number, count: number, phase: number, label: number) => {
      for (let i = 0; i < count; i++) {
        const s = count === 1 ? 1 : 0.2 + (0.8 * i) / (count - 1);
        const angle = 3 * Math.PI * s + phase;
        put(data, offset + i, s * Math.cos(angle), s * Math.sin(angle), label);
      }
    };
    arm(0, n0, 0, 0);
    arm(n0, n1, Math.PI, 1);
  },
  /**
   * XOR (the TensorFlow Playground's): points uniform in [−1, 1]², label 1 where x₁·x₂ > 0.
   * Each class gets its half of the points, spread evenly at random over its two quadrants, and
   * a gap of 0.1 is kept along the axes (the Playground keeps one too) so that the classes meet
   * only through the noise (Gaussian σ).
   */
  xor(data, n0, n1, rng) {
    const gap = 0.1;
    const coordinate = () => gap + (1 - gap) * rng.uniform();
    for (let i = 0; i < n0 + n1; i++) {
      const label = i < n0 ? 0 : 1;
      const flip = rng.uniform() < 0.5 ? -1 : 1;
      const a = flip * coordinate();
      const b = flip * (label === 1 ? 1 : -1) * coordinate();
      put(data, i, a, b, label);
    }
  },
};

/** Fisher–Yates over the points (sklearn.utils.shuffle, as make_moons does before its noise). */
function shuffle(data: ClassificationData, rng: Rng): void {
  const { x1, x2, labels } = data;
  for (let i = labels.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    swap(x1, i, j);
    swap(x2, i, j);
    swap(labels, i, j);
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Gaussian noise of σ = `noise` on both coordinates (every generator's noise is this σ). */
function addNoise({ x1, x2 }: ClassificationData, noise: number, rng: Rng): void {
  if (!(noise > 0)) return;
  for (let i = 0; i < x1.length; i++) {
    x1[i] = x1[i]! + noise * rng.normal();
    x2[i] = x2[i]! + noise * rng.normal();
  }
}

/**
 * A square window of the data plane around every point, with a margin of 10% of the larger
 * span on each side, so that the plotted classes are neither squashed nor touching the frame.
 * [−1, 1]² for no points; a side of 2 around a single distinct point.
 */
export function dataViewOf(data: ClassificationData): View {
  const n = data.x1.length;
  if (n === 0) return { x: [-1, 1], y: [-1, 1] };
  let x1Min = Infinity;
  let x1Max = -Infinity;
  let x2Min = Infinity;
  let x2Max = -Infinity;
  for (let i = 0; i < n; i++) {
    const a = data.x1[i]!;
    const b = data.x2[i]!;
    if (a < x1Min) x1Min = a;
    if (a > x1Max) x1Max = a;
    if (b < x2Min) x2Min = b;
    if (b > x2Max) x2Max = b;
  }
  const span = Math.max(x1Max - x1Min, x2Max - x2Min);
  const half = span > 0 ? 0.6 * span : 1;
  const c1 = (x1Min + x1Max) / 2;
  const c2 = (x2Min + x2Max) / 2;
  return { x: [c1 - half, c1 + half], y: [c2 - half, c2 + half] };
}
