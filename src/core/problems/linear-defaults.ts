/** Linear regression's dataset recipe and defaults (linear-regression.ts), apart so that the
 * kind's facts and the Data tab read them without the numerics (issue 17: those load on demand). */

/** A resolved dataset recipe: every field present. */
export interface LinearData {
  n: number;
  noise: number;
  seed: number;
  slope: number;
  intercept: number;
  /** The user's own points [x, y] (from a CSV): they replace the generated ones. */
  points?: readonly (readonly [number, number])[];
}

export const LINEAR_DATA_DEFAULTS: LinearData = {
  n: 100,
  noise: 0.5,
  seed: 1,
  slope: 2,
  intercept: 1,
};

/** x is drawn uniformly from this interval. */
export const LINEAR_X_RANGE = [0, 2] as const;
