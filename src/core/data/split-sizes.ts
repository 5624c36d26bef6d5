/** The sizes of a table's training / validation / test parts (split.ts says how they are
 * drawn), apart so that validation and the settings read them without the split's numerics
 * (issue 17: those load on demand). */
import type { SplitSpec } from '../../scenario/table-types';

export const SPLIT_DEFAULTS = { validation: 0.1, test: 0.1, seed: 1 } as const;

/** The rows of each part. */
export interface SplitSizes {
  readonly training: number;
  readonly validation: number;
  readonly test: number;
}

/** A split with every field present. */
export function resolveSplit(spec: SplitSpec | undefined): Required<SplitSpec> {
  return { ...SPLIT_DEFAULTS, ...spec };
}

/** The sizes of the parts of n rows (validation keeps training ≥ 1 when it can). */
export function splitSizes(n: number, spec: SplitSpec | undefined): SplitSizes {
  const { validation, test } = resolveSplit(spec);
  // The − 1e-9 keeps a product such as 0.1 · 150 = 15.000000000000002 at 15.
  const rows = (fraction: number) => Math.max(0, Math.ceil(fraction * n - 1e-9));
  const testRows = Math.min(n, rows(test));
  const validationRows = Math.min(n - testRows, rows(validation));
  return { training: n - testRows - validationRows, validation: validationRows, test: testRows };
}
