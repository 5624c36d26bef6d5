/** Ctrl+Z / Ctrl+Shift+Z (issue 14): undo and redo, never while typing in a field. */
import { describe, expect, it } from 'vitest';
import { isTypingTarget, undoAction, type UndoKeyPress } from '../../src/ui/history/undo-keys';

const press = (key: string, extra: Partial<UndoKeyPress> = {}): UndoKeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  typing: false,
  ...extra,
});

describe('undo keys', () => {
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, ⌘ too', () => {
    expect(undoAction(press('z'))).toBe('undo');
    expect(undoAction(press('Z', { shiftKey: true }))).toBe('redo');
    expect(undoAction(press('y'))).toBe('redo');
    expect(undoAction(press('z', { ctrlKey: false, metaKey: true }))).toBe('undo');
  });

  it('left alone: typing, no modifier, Alt, a press already taken', () => {
    expect(undoAction(press('z', { typing: true }))).toBeNull();
    expect(undoAction(press('z', { ctrlKey: false }))).toBeNull();
    expect(undoAction(press('z', { altKey: true }))).toBeNull();
    expect(undoAction(press('z', { defaultPrevented: true }))).toBeNull();
    expect(undoAction(press('x'))).toBeNull();
  });

  it('text fields are typing; sliders, switches and buttons are not', () => {
    const el = (tagName: string, type?: string, isContentEditable = false) =>
      ({ tagName, type, isContentEditable }) as unknown as EventTarget;
    expect(isTypingTarget(el('INPUT', 'text'))).toBe(true);
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('DIV', undefined, true))).toBe(true);
    expect(isTypingTarget(el('INPUT', 'range'))).toBe(false);
    expect(isTypingTarget(el('INPUT', 'checkbox'))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
