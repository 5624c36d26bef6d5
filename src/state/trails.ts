/**
 * Trails and the reveal's pace (issue 14, point 1; docs/app.md, "Trails and the reveal"): how
 * much of each run's future — the part after the cursor — the views draw, and how fast a reveal
 * plays. Pure: the store, the landscape, the charts and the run cards all ask these.
 */

/** What the views draw after the cursor: everything, a faint ghost of it, or nothing. */
export type Trails = 'whole' | 'faded' | 'hidden';

export const TRAILS: readonly Trails[] = ['whole', 'faded', 'hidden'];

/** Ordinary playback: the future as a faint ghost, so one sees where the past is heading. */
export const DEFAULT_TRAILS: Trails = 'faded';

/** A reveal hides the future (the answer the class predicted) unless the user chose trails. */
export const REVEAL_TRAILS: Trails = 'hidden';

/** A reveal plays the whole run in about this many seconds, whatever its length. */
export const REVEAL_SECONDS = 5;

export function isTrails(value: unknown): value is Trails {
  return (TRAILS as readonly unknown[]).includes(value);
}

/** Steps per second that play `steps` steps in REVEAL_SECONDS (at least 1 a second). */
export function revealSpeed(steps: number): number {
  return Math.max(1, Math.round((Number.isFinite(steps) ? steps : 0) / REVEAL_SECONDS));
}

/**
 * The speed and trails a reveal plays with: its own (steps/5 a second, future hidden) for each
 * setting the user has not chosen, the user's where they have.
 */
export function revealSettings(view: {
  steps: number;
  speed: number;
  speedChosen: boolean;
  trails: Trails;
  trailsChosen: boolean;
}): { speed: number; trails: Trails } {
  return {
    speed: view.speedChosen ? view.speed : revealSpeed(view.steps),
    trails: view.trailsChosen ? view.trails : REVEAL_TRAILS,
  };
}

/**
 * How a run's future is drawn at this cursor: once the cursor has reached the run's `endStep`
 * (its last step, or the step where it diverged) it has no future and is drawn whole.
 */
export function futureOf(trails: Trails, cursor: number, endStep: number): Trails {
  return cursor >= endStep ? 'whole' : trails;
}

/** The last step a view draws at full strength: the cursor's, or the run's last with `whole`. */
export function lastDrawnStep(trails: Trails, cursor: number, lastStep: number): number {
  return trails === 'whole' ? lastStep : Math.max(0, Math.min(cursor, lastStep));
}

/**
 * Read-outs of a value at the cursor (the run cards' losses) change at most this often while the
 * timeline plays: a number that changes 60 times a second cannot be read, and every change of
 * text lays out the page again (issue 17: the run cards' losses were most of a playback frame's
 * layout).
 */
export const READOUTS_PER_SECOND = 10;

/**
 * The step a read-out shows for the drawn step `step` (lastDrawnStep): while playing, `step`
 * rounded down to a multiple of the steps played in 1/READOUTS_PER_SECOND s; exact when paused
 * and from the run's last step on.
 */
export function readoutStep(
  step: number,
  lastStep: number,
  playing: boolean,
  speed: number,
): number {
  const quantum = Math.floor(speed / READOUTS_PER_SECOND);
  // `!(quantum > 1)` also holds for a speed that is not a number.
  if (!playing || step >= lastStep || !(quantum > 1)) return step;
  return step - (step % quantum);
}

/** Whether a mark of `step` (a divergence, a final value) is shown: when reached, or all shown. */
export function reached(trails: Trails, cursor: number, step: number): boolean {
  return trails === 'whole' || cursor >= step;
}
