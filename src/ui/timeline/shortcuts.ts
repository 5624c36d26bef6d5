/**
 * The timeline's document-wide keyboard shortcuts as a pure mapping from a key press to an
 * action (docs/app.md, "Keyboard"): Space plays or pauses, ← and → step (Shift: 10 steps),
 * Home and End jump, ? opens the legend, Escape hands focus back to the page. They work
 * whatever was last clicked; only what truly owns a key keeps it:
 *
 * - a text field, number field, select or editable content: every key (they are typed);
 * - an open menu or dialog: every key;
 * - a focused slider: its arrows and Page Up/Down, and Home/End when reached by keyboard
 *   (after a drag with the mouse they go to the timeline; Space always does);
 * - the focused landscape: its arrows (it pans);
 * - a tab or radio focused by keyboard (focus-origin.ts): its arrows; after a mouse click they
 *   go to the timeline;
 * - a button, checkbox or switch focused by keyboard: Space (it presses it);
 * - a handler that already took the press (defaultPrevented), a Ctrl/Meta/Alt chord.
 */

import { focusOrigins, trackingFocusOrigins } from './focus-origin';
import { keyFieldsOf, type KeyFields } from '../key-fields';

/** What a shortcut does. */
export type TimelineAction =
  | { type: 'toggle-play' }
  | { type: 'step'; delta: number }
  | { type: 'jump'; to: 'start' | 'end' }
  /** Opens (or closes) the legend and key list (src/ui/help). */
  | { type: 'legend' }
  /** Blurs the focused control, so that the page's keys apply again. */
  | { type: 'release-focus' };

/** What kind of control a key press landed on, as far as the shortcuts care. */
export type TargetKind =
  /** The document, or an element with no keys of its own. */
  | 'page'
  /** Typed into: text-like input, textarea, select, contenteditable, role=textbox/combobox. */
  | 'text'
  /** A range input or role=slider: arrows and Page Up/Down change it. */
  | 'slider'
  /** A tab or radio: arrows move among its group. */
  | 'tab'
  /** A button, link, checkbox or switch: Space (and Enter) press it. */
  | 'button';

/** Where a key press landed (see `describeTarget`). */
export interface KeyTarget {
  /** Upper-case tag name, e.g. "INPUT"; "" for none (the document). */
  tag: string;
  /** What kind of control it is. */
  kind: TargetKind;
  /** Inside an element with contenteditable. */
  editable: boolean;
  /** Inside role=menu, role=dialog, role=listbox or a <dialog>: their keys are their own. */
  inPopup: boolean;
  /** Inside the landscape, which pans with the arrow keys. */
  inLandscape: boolean;
  /** Inside the timeline: its scrubber is the timeline itself and keeps no key from it. */
  inTimeline: boolean;
  /** Focused by keyboard (focus-origin.ts), not by a click or a tap. */
  focusVisible: boolean;
}

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress extends KeyFields {
  target: KeyTarget;
}

/** Steps per press of ← or → with Shift held. */
export const SHIFT_STEP = 10;

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const SPACE = new Set([' ', 'Spacebar']);

/** Whether the focused target keeps this key for itself (see the rules above). */
function ownsKey(key: string, target: KeyTarget): boolean {
  if (target.kind === 'text' || target.editable || target.inPopup) return true;
  if (target.inLandscape && ARROWS.has(key)) return true;
  if (target.inTimeline) return false;
  switch (target.kind) {
    case 'slider':
      // Home/End set a slider to its ends (the ARIA slider pattern) only when it was reached by
      // keyboard: after a drag with the mouse they jump the timeline, as after any click.
      return (
        ARROWS.has(key) ||
        key === 'PageUp' ||
        key === 'PageDown' ||
        (target.focusVisible && (key === 'Home' || key === 'End'))
      );
    case 'tab':
      return target.focusVisible && ARROWS.has(key);
    case 'button':
      return target.focusVisible && SPACE.has(key);
    default:
      return false;
  }
}

/** The action of a key press, or null when the timeline should leave it alone. */
export function shortcutAction(press: KeyPress): TimelineAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  const { target } = press;
  if (ownsKey(press.key, target)) return null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      return { type: 'toggle-play' };
    case 'ArrowLeft':
      return { type: 'step', delta: press.shiftKey ? -SHIFT_STEP : -1 };
    case 'ArrowRight':
      return { type: 'step', delta: press.shiftKey ? SHIFT_STEP : 1 };
    case 'Home':
      return { type: 'jump', to: 'start' };
    case 'End':
      return { type: 'jump', to: 'end' };
    case '?':
      return { type: 'legend' };
    case 'Escape':
    case 'Esc':
      // Only a focused control has anything to give back.
      return target.tag === '' || target.tag === 'BODY' ? null : { type: 'release-focus' };
    default:
      return null;
  }
}

/** The selector of containers whose keys are their own. */
const POPUP_SELECTOR =
  '[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"], dialog';
const LANDSCAPE_SELECTOR = '[data-testid="landscape"]';
/** The timeline panel (src/ui/timeline/Timeline.tsx): its scrubber's keys are the timeline's. */
const TIMELINE_SELECTOR = '.timeline';

/** Inputs that are pressed, not typed into; every other input type is typed into. */
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file']);
const ROLE_KINDS: Record<string, TargetKind> = {
  textbox: 'text',
  combobox: 'text',
  searchbox: 'text',
  spinbutton: 'text',
  slider: 'slider',
  tab: 'tab',
  radio: 'tab',
  button: 'button',
  switch: 'button',
  checkbox: 'button',
  link: 'button',
};

/** The element interface `describeTarget` needs (an Element satisfies it). */
export interface TargetElement {
  tagName: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
  getAttribute?(name: string): string | null;
  matches?(selector: string): boolean;
}

/** The kind of control an element is, from its role, else its tag and input type. */
export function kindOf(tag: string, role: string | null, inputType: string | null): TargetKind {
  if (role && role in ROLE_KINDS) return ROLE_KINDS[role]!;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
  if (tag === 'INPUT') {
    const type = (inputType ?? 'text').toLowerCase();
    if (type === 'range') return 'slider';
    if (type === 'radio') return 'tab';
    return BUTTON_INPUTS.has(type) ? 'button' : 'text';
  }
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'button';
  return 'page';
}

/**
 * Whether an element got its focus from the keyboard: from the record of focus-origin.ts where
 * it is kept (the app), else from :focus-visible; false where neither says (an old browser).
 */
export function focusedByKeyboard(element: Pick<TargetElement, 'matches'>): boolean {
  const origin = trackingFocusOrigins() ? focusOrigins.originOf(element) : undefined;
  if (origin) return origin === 'keyboard';
  try {
    return element.matches?.(':focus-visible') === true;
  } catch {
    return false;
  }
}

const PAGE: KeyTarget = {
  tag: '',
  kind: 'page',
  editable: false,
  inPopup: false,
  inLandscape: false,
  inTimeline: false,
  focusVisible: false,
};

/** Describes an event target for `shortcutAction`; a non-element target is the document. */
export function describeTarget(target: unknown): KeyTarget {
  const element = target as Partial<TargetElement> | null;
  if (!element || typeof element.closest !== 'function' || typeof element.tagName !== 'string') {
    return PAGE;
  }
  const tag = element.tagName.toUpperCase();
  const attribute = (name: string) => element.getAttribute?.(name) ?? null;
  return {
    tag,
    kind: kindOf(tag, attribute('role'), tag === 'INPUT' ? attribute('type') : null),
    editable: element.isContentEditable === true,
    inPopup: element.closest(POPUP_SELECTOR) != null,
    inLandscape: element.closest(LANDSCAPE_SELECTOR) != null,
    inTimeline: element.closest(TIMELINE_SELECTOR) != null,
    focusVisible: focusedByKeyboard(element as TargetElement),
  };
}

/** The parts of a DOM keyboard event the shortcut mappings read (timeline and presentation). */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  return { ...keyFieldsOf(event), target: describeTarget(event.target) };
}
