/** The defaults of the two-class datasets' recipes (datasets.ts), apart so that validation and
 * the kinds' facts read them without the generators (issue 17: the generators load on demand). */
import type { ClassificationGenerator } from '../../scenario/data-types';

/**
 * The defaults of a dataset recipe. `noise` is per generator, each in its own unit (see the
 * generators): chosen so that the default picture shows its shape plainly with a few points
 * across the boundary, which keeps the data not linearly separable where that matters (blobs:
 * separable data would send logistic regression's weights to infinity).
 */
export const CLASSIFICATION_DATA_DEFAULTS = {
  n: 200,
  seed: 1,
  noise: {
    blobs: 0.7,
    moons: 0.15,
    circles: 0.08,
    spiral: 0.05,
    xor: 0.05,
  } satisfies Record<ClassificationGenerator, number>,
} as const;
