/**
 * The mini-batch sizes the batch selects offer besides the full batch: the regression's Data
 * panel (data-fit.ts), the models' settings (model-settings.ts) and a run card's own batch
 * (src/ui/optimizers/run-batch-options.ts). A leaf, so that the run card, in the first view,
 * reads the menus without pulling in the lazily loaded panels' code (docs/benchmark.md budget).
 */

/** The regression's sizes. */
export const BATCH_SIZES: readonly number[] = [1, 5, 10, 25, 50];

/** The models' sizes (powers of two, as ML courses use them). */
export const MODEL_BATCH_SIZES: readonly number[] = [1, 8, 16, 32, 64, 128];
