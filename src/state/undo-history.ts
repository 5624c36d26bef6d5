/**
 * Undo and Redo of the scenario (docs/app.md, "Names, reset and undo"): a stack of snapshots in
 * the store, not the browser's history. The browser's history cannot say whether there is an
 * entry to go back to (so the buttons could not be disabled), steps out of the app at its first
 * entry, and is shared with Back/Forward; the store's stack knows exactly what it holds.
 *
 * A gesture is one step: a change to the same fields as the change before, less than
 * GESTURE_GAP_MS after it, joins that step (one slider drag, one drag of the start), and so does
 * any change within FOLLOW_UP_MS of the one before, which no hand makes: the app's own follow-up
 * (the engine's reduction of an over-budget scenario, src/state/sync.ts). Any other change starts
 * a new step. Pure.
 */
import type { Scenario } from '../scenario/types';
import { GESTURE_GAP_MS } from '../url/history-policy';
import type { RunOrigin } from './run-origins';

/** What Undo restores: the scenario and where its runs came from. */
export interface UndoSnapshot {
  scenario: Scenario;
  runOrigins: RunOrigin[];
}

export interface UndoHistory {
  /** Earlier snapshots, the latest last. */
  past: UndoSnapshot[];
  /** Snapshots undone, the next to redo last. */
  future: UndoSnapshot[];
}

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [] };

/** A change this soon after the one before is the app's follow-up to it, not a new edit. */
export const FOLLOW_UP_MS = 20;

/** Steps kept; the oldest go first. */
export const UNDO_LIMIT = 100;

/**
 * Which fields a change touched, as one key: "steps", "start", "o1.lr", "o0.lr o0.label",
 * "runs" (added or removed); "" when nothing did.
 */
export function changeKey(previous: Scenario, next: Scenario): string {
  const keys: string[] = [];
  for (const field of ['problem', 'start', 'steps', 'seed'] as const) {
    if (JSON.stringify(previous[field]) !== JSON.stringify(next[field])) keys.push(field);
  }
  if (previous.optimizers.length !== next.optimizers.length) keys.push('runs');
  else
    next.optimizers.forEach((spec, i) => {
      const before = previous.optimizers[i] as unknown as Record<string, unknown>;
      const after = spec as unknown as Record<string, unknown>;
      for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) keys.push(`o${i}.${k}`);
      }
    });
  return keys.sort().join(' ');
}

/** The gesture a change belongs to: its key and when it happened. */
export interface LastChange {
  key: string;
  at: number;
}

/**
 * The history after a change from `before` (the state just before it) with key `key` at time
 * `at`: a new step, unless it continues the last change's gesture. Either way nothing is left to
 * redo. The history itself when the gesture continues and nothing was undone.
 */
export function recordChange(
  history: UndoHistory,
  before: UndoSnapshot,
  key: string,
  at: number,
  last: LastChange | null,
): UndoHistory {
  if (key === '') return history;
  const continues =
    last !== null &&
    history.past.length > 0 &&
    ((last.key === key && at - last.at < GESTURE_GAP_MS) || at - last.at < FOLLOW_UP_MS);
  // The same history when nothing changes in it: a drag's every input continues its step, and a
  // new object would notify every subscriber of the store once more per input (issue 17).
  if (continues && history.future.length === 0) return history;
  const past = continues ? history.past : [...history.past, before].slice(-UNDO_LIMIT);
  return { past, future: [] };
}

/** A step of Undo or Redo: the snapshot to restore and the history after it. */
export type UndoStep = { snapshot: UndoSnapshot; history: UndoHistory } | null;

/** The last snapshot of `from`, which leaves it, while `current` joins the end of `to`. */
function take(from: UndoSnapshot[], to: UndoSnapshot[], current: UndoSnapshot) {
  const snapshot = from[from.length - 1];
  return snapshot && { snapshot, from: from.slice(0, -1), to: [...to, current] };
}

/** One step back; null when there is none. */
export function undoStep(history: UndoHistory, current: UndoSnapshot): UndoStep {
  const moved = take(history.past, history.future, current);
  return moved
    ? { snapshot: moved.snapshot, history: { past: moved.from, future: moved.to } }
    : null;
}

/** One step forward again; null when nothing was undone. */
export function redoStep(history: UndoHistory, current: UndoSnapshot): UndoStep {
  const moved = take(history.future, history.past, current);
  return moved
    ? { snapshot: moved.snapshot, history: { past: moved.to, future: moved.from } }
    : null;
}
