/**
 * The field types of the classifiers on tables of features (issue 22: softmax regression and the
 * MLP with a softmax output): which shipped data set, or the user's own rows, and the seeded
 * training / validation / test split. A leaf module, like data-types.ts, so that the kinds and
 * the core import it without an import cycle.
 */

/** The data sets shipped with Descent (public/data/, credited in src/core/data/sets.ts). */
export const DATA_SET_NAMES = ['digits', 'iris', 'wine', 'breast-cancer'] as const;
export type DataSetName = (typeof DATA_SET_NAMES)[number];

/**
 * A table of features with a class label per row: a shipped data set, or the user's own rows
 * (from a CSV), which win over it. Absent, the kind's default set.
 */
export interface TableDataSpec {
  /** A shipped data set, loaded when first used. */
  set?: DataSetName;
  /**
   * The user's own rows: every row the same number of features, then the class label, a whole
   * number 0 … K − 1.
   */
  points?: number[][];
}

/**
 * The seeded split of the rows into training, validation and test parts: `test` and `validation`
 * are fractions of the rows (each part holds ⌈fraction · n⌉ rows, as scikit-learn's
 * train_test_split rounds), training the rest; `seed` draws the permutation.
 */
export interface SplitSpec {
  /** Default 0.1. */
  validation?: number;
  /** Default 0.1. */
  test?: number;
  /** Default 1. */
  seed?: number;
}
