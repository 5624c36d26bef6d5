/**
 * The field types of the problems on data (datasets, the MLP's activation): a leaf module, so
 * that the problem kinds (src/kinds) and the core can import them without an import cycle
 * (scenario/types.ts re-exports them with the rest of the scenario).
 */

/** The recipe of the worked example's dataset: n points x ~ U[0, 2], y = slope·x + intercept + noise·N(0, 1). */
export interface LinearDataSpec {
  /** Number of points (default 100). */
  n?: number;
  /** Standard deviation of the Gaussian noise on y (default 0.5). */
  noise?: number;
  /** Seed of the dataset, apart from the scenario's seed (default 1). */
  seed?: number;
  /** True slope (default 2). */
  slope?: number;
  /** True intercept (default 1). */
  intercept?: number;
  /** The user's own points as [x, y] (from a CSV); they replace the generator. */
  points?: [number, number][];
}

/** The generators of 2D classification datasets. */
export const CLASSIFICATION_GENERATORS = ['blobs', 'moons', 'circles', 'spiral', 'xor'] as const;
export type ClassificationGenerator = (typeof CLASSIFICATION_GENERATORS)[number];

/**
 * A 2D two-class dataset: a seeded generator recipe, or the user's own `points` (from a CSV),
 * which replace the generator. Absent fields take the defaults of
 * src/core/problems/datasets.ts.
 */
export interface ClassificationDataSpec {
  /** Default: `blobs` for logistic regression, `moons` for the MLP. */
  generator?: ClassificationGenerator;
  /** Number of points (default 200). */
  n?: number;
  /** The generator's noise (its own scale; default per generator). */
  noise?: number;
  /** Seed of the dataset, apart from the scenario's seed (default 1). */
  seed?: number;
  /** The user's own points as [x1, x2, label] with label 0 or 1. */
  points?: [number, number, number][];
}

/** Activation functions of the MLP's hidden layers. */
export const ACTIVATIONS = ['tanh', 'relu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
