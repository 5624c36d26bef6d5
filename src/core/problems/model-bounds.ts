/**
 * Divergence bounds of the models. The view-based bounds of run.ts measure a window of the
 * parameter plane, which a model's "view" (a slice of many dimensions) is not. ‖θ‖ = 1e4 is far
 * beyond any network trained here (a 2-16-16-1 MLP starts near ‖θ‖ ≈ 4 and grows slowly);
 * the mean cross-entropy is at most |logit| + log 2, so a loss of 1e6 means logits of 1e6.
 */
export const MODEL_BOUNDS = { theta: 1e4, loss: 1e6 } as const;
