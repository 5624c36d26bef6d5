/**
 * How the address bar follows the app without flooding the history (docs/links.md):
 *   - a new problem, runs added, removed or retyped, steps or seed changed: a new entry at once,
 *     so Back undoes it;
 *   - any other scenario change (dragging a slider, moving the start, renaming): the first change
 *     after a quiet second opens a new entry and the rest of that gesture replaces it, so one
 *     drag is one step back;
 *   - looking around (cursor, window, selected run, chart): the current entry is replaced.
 * Pure, so that the policy is tested apart from the browser.
 */
import type { LinkState } from './link-state';

export type HistoryAction = 'push' | 'replace' | 'none';

/** Changes closer together than this belong to one gesture. */
export const GESTURE_GAP_MS = 1000;

function structureOf({ scenario }: LinkState): string {
  // σ is a slider, so a noise change is a gesture like any other.
  const { noise: _noise, ...problem } = scenario.problem;
  return JSON.stringify([
    problem,
    scenario.steps,
    scenario.seed,
    scenario.optimizers.map((o) => o.type),
  ]);
}

export function historyAction(
  previous: LinkState,
  next: LinkState,
  msSincePreviousChange: number,
): HistoryAction {
  if (previous.scenario === next.scenario && previous.view === next.view) return 'none';
  if (structureOf(previous) !== structureOf(next)) return 'push';
  if (JSON.stringify(previous.scenario) !== JSON.stringify(next.scenario))
    return msSincePreviousChange >= GESTURE_GAP_MS ? 'push' : 'replace';
  return 'replace';
}
