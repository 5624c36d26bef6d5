/**
 * When the first-visit hint shows (issue 14 §5; docs/app.md, "Help"): once per browser,
 * remembered in localStorage, and never where it would be out of place: an embed (a slide has
 * no room for it), presentation mode (the class looks at the teacher's screen), a link opened to
 * predict (the runs are hidden; the hint would spoil the question) or a lesson link (it may hide
 * the controls the hint names). Pure but for the storage passed in.
 */

import { localStorageOrNull, readStored, writeStored } from '../../storage';

/** The localStorage key that remembers the hint was shown. */
export const HINT_SEEN_KEY = 'descent.hint.seen';

export interface HintContext {
  embed: boolean;
  presenting: boolean;
  predicting: boolean;
  /** A lesson link's controls (`show=…`), null without one. */
  lesson: readonly string[] | null;
  /** Shown before (or no storage to remember it in: it would show on every visit). */
  seen: boolean;
}

export function shouldShowHint(context: HintContext): boolean {
  return (
    !context.seen &&
    !context.embed &&
    !context.presenting &&
    !context.predicting &&
    context.lesson === null
  );
}

/** The storage the hint is remembered in (window.localStorage satisfies it). */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Whether the hint was shown before; true when storage cannot be read (privacy settings). */
export function hintSeen(storage: HintStorage | null): boolean {
  return readStored(storage, HINT_SEEN_KEY) !== null; // undefined: cannot tell, so say seen
}

/** Remembers that the hint was shown; a storage that refuses is left alone. */
export function markHintSeen(storage: HintStorage | null): void {
  writeStored(storage, HINT_SEEN_KEY, '1');
}

/** window.localStorage, or null where reading it throws (sandboxed iframes). */
export const browserStorage: () => HintStorage | null = localStorageOrNull;
