/**
 * Undo and Redo from the keyboard, as a pure mapping: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⇧⌘Z) and
 * Ctrl+Y redo. Never while typing in a field: there the browser's own undo of the text applies.
 * A slider, a switch or a button with the focus is not typing, so Ctrl+Z right after dragging α
 * undoes the drag.
 */

import type { KeyFields } from '../key-fields';

export type UndoAction = 'undo' | 'redo';

export interface UndoKeyPress extends KeyFields {
  /** The focus is in a field that takes text (see `isTypingTarget`). */
  typing: boolean;
}

export function undoAction(press: UndoKeyPress): UndoAction | null {
  if (press.defaultPrevented || press.typing || press.altKey) return null;
  if (press.ctrlKey === press.metaKey) return null; // neither, or both: not ours
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

/** Input types that hold no text of their own to undo. */
const NOT_TEXT = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
]);

/** Whether an element takes typed text: a text-like input, a textarea, contenteditable. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as (Partial<HTMLElement> & { type?: string }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !NOT_TEXT.has((element.type ?? 'text').toLowerCase());
}
