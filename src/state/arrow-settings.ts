/**
 * Which arrows the landscape draws at the cursor step (docs/arrows.md), and their form in a link
 * (`arrows=grad,step,state,model,all`): kept in the view state and the link like the chart tab,
 * so a teacher's prepared link opens with the arrows on. `model` is the local quadratic model at
 * the pointer (docs/curvature-views.md).
 */

/** The kinds of arrow: −α∇f, Δθ, and the optimizer's direction state (−αb, −αm̂, −αm). */
export type ArrowKind = 'grad' | 'step' | 'state';

export const ARROW_KINDS: readonly ArrowKind[] = ['grad', 'step', 'state'];

export interface ArrowSettings {
  grad: boolean;
  step: boolean;
  state: boolean;
  /** Arrows on every visible run, or on the selected run only. */
  allRuns: boolean;
  /**
   * The local quadratic model at the pointer, its axes scaled by the selected run's α
   * (docs/curvature-views.md); absent: off.
   */
  model?: boolean;
}

export const NO_ARROWS: ArrowSettings = { grad: false, step: false, state: false, allRuns: false };

export const anyArrow = (settings: ArrowSettings): boolean =>
  settings.grad || settings.step || settings.state || settings.model === true;

/** The link's value: the kinds on, `model`, then `all` for every run; '' when nothing is on. */
export function formatArrows(settings: ArrowSettings): string {
  if (!anyArrow(settings)) return '';
  const tokens: string[] = ARROW_KINDS.filter((kind) => settings[kind]);
  if (settings.model) tokens.push('model');
  if (settings.allRuns) tokens.push('all');
  return tokens.join(',');
}

/** Reads the link's value; unknown tokens are returned for the link's notice, the rest applied. */
export function parseArrows(raw: string): { settings: ArrowSettings; unknown: string[] } {
  const settings = { ...NO_ARROWS };
  const unknown: string[] = [];
  for (const token of raw.split(',').filter(Boolean)) {
    if (token === 'all') settings.allRuns = true;
    else if (token === 'model') settings.model = true;
    else if ((ARROW_KINDS as readonly string[]).includes(token))
      settings[token as ArrowKind] = true;
    else unknown.push(token);
  }
  return { settings, unknown };
}
