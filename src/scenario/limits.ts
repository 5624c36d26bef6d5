/**
 * The limits of a scenario, stated once: validation (src/scenario/validate*.ts), link repair,
 * the controls and the CLI all read them from here (docs/scenario.md, "Limits").
 */

/** The most steps a run may take: 8 runs of this many still fit a browser tab's memory. */
export const MAX_STEPS = 1_000_000;
/** Steps when a scenario does not say. */
export const DEFAULT_STEPS = 200;
/** The most runs a scenario compares. */
export const MAX_OPTIMIZERS = 8;
/** The largest seed (a uint32: the generators' state is 32 bits). */
export const MAX_SEED = 0xffffffff;
/** The largest dataset the linear-regression recipe makes. */
export const MAX_DATA_POINTS = 10_000;
/** The largest gradient noise σ. */
export const MAX_NOISE = 1e3;
