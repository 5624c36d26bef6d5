/**
 * The timeline's document-wide keyboard shortcuts as a pure mapping from a key press to an
 * action: Space plays or pauses, ← and → step (Shift: 10 steps), Home and End jump. A press is
 * left alone when something else owns the key: a text field, list or slider the user is typing
 * in, a button (Space presses it), an open menu or dialog, the landscape (its arrows pan), a
 * handler that already took it (defaultPrevented), or a Ctrl/Meta/Alt chord (browser and OS
 * shortcuts).
 */

/** What a shortcut does to playback. */
export type TimelineAction =
  { type: 'toggle-play' } | { type: 'step'; delta: number } | { type: 'jump'; to: 'start' | 'end' };

/** Where a key press landed, as far as the shortcuts care (see `describeTarget`). */
export interface KeyTarget {
  /** Upper-case tag name, e.g. "INPUT"; "" for none (the document). */
  tag: string;
  /** Inside an element with contenteditable. */
  editable: boolean;
  /** Inside role=menu, role=dialog, role=listbox or a <dialog>: their keys are their own. */
  inPopup: boolean;
  /** Inside the landscape, which pans with the arrow keys. */
  inLandscape: boolean;
}

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: KeyTarget;
}

/** Steps per press of ← or → with Shift held. */
export const SHIFT_STEP = 10;

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The action of a key press, or null when the timeline should leave it alone. */
export function shortcutAction(press: KeyPress): TimelineAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  const { target } = press;
  if (TYPING_TAGS.has(target.tag) || target.editable || target.inPopup || target.inLandscape) {
    return null;
  }
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      // Space on a focused button presses that button.
      return target.tag === 'BUTTON' ? null : { type: 'toggle-play' };
    case 'ArrowLeft':
      return { type: 'step', delta: press.shiftKey ? -SHIFT_STEP : -1 };
    case 'ArrowRight':
      return { type: 'step', delta: press.shiftKey ? SHIFT_STEP : 1 };
    case 'Home':
      return { type: 'jump', to: 'start' };
    case 'End':
      return { type: 'jump', to: 'end' };
    default:
      return null;
  }
}

/** The selector of containers whose keys are their own. */
const POPUP_SELECTOR =
  '[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"], dialog';
const LANDSCAPE_SELECTOR = '[data-testid="landscape"]';

/** The element interface `describeTarget` needs (an Element satisfies it). */
export interface TargetElement {
  tagName: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
}

/** Describes an event target for `shortcutAction`; a non-element target is the document. */
export function describeTarget(target: unknown): KeyTarget {
  const element = target as Partial<TargetElement> | null;
  if (!element || typeof element.closest !== 'function' || typeof element.tagName !== 'string') {
    return { tag: '', editable: false, inPopup: false, inLandscape: false };
  }
  return {
    tag: element.tagName.toUpperCase(),
    editable: element.isContentEditable === true,
    inPopup: element.closest(POPUP_SELECTOR) != null,
    inLandscape: element.closest(LANDSCAPE_SELECTOR) != null,
  };
}

/** The parts of a DOM keyboard event the shortcut mappings read (timeline and presentation). */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    defaultPrevented: event.defaultPrevented,
    target: describeTarget(event.target),
  };
}
