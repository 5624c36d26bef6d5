import { describe, expect, it } from 'vitest';
import {
  describeTarget,
  shortcutAction,
  SHIFT_STEP,
  type KeyPress,
  type KeyTarget,
} from '../../src/ui/timeline/shortcuts';

const body: KeyTarget = { tag: 'BODY', editable: false, inPopup: false, inLandscape: false };

function press(key: string, extra: Partial<KeyPress> = {}, target: Partial<KeyTarget> = {}) {
  return shortcutAction({
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    ...extra,
    target: { ...body, ...target },
  });
}

describe('shortcutAction', () => {
  it('maps Space, arrows, Home and End on the page', () => {
    expect(press(' ')).toEqual({ type: 'toggle-play' });
    expect(press('ArrowLeft')).toEqual({ type: 'step', delta: -1 });
    expect(press('ArrowRight')).toEqual({ type: 'step', delta: 1 });
    expect(press('Home')).toEqual({ type: 'jump', to: 'start' });
    expect(press('End')).toEqual({ type: 'jump', to: 'end' });
  });

  it('steps by ten with Shift', () => {
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ type: 'step', delta: -SHIFT_STEP });
    expect(press('ArrowRight', { shiftKey: true })).toEqual({ type: 'step', delta: SHIFT_STEP });
    expect(SHIFT_STEP).toBe(10);
  });

  it('ignores other keys', () => {
    expect(press('a')).toBeNull();
    expect(press('ArrowUp')).toBeNull();
    expect(press('Enter')).toBeNull();
  });

  it('ignores chords with Ctrl, Meta or Alt (browser and system shortcuts)', () => {
    expect(press('ArrowLeft', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { metaKey: true })).toBeNull();
    expect(press('Home', { altKey: true })).toBeNull();
    expect(press(' ', { ctrlKey: true })).toBeNull();
  });

  it('ignores keys typed into inputs, selects, text areas and editable content', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) {
      expect(press('End', {}, { tag })).toBeNull();
      expect(press(' ', {}, { tag })).toBeNull();
      expect(press('ArrowRight', {}, { tag })).toBeNull();
    }
    expect(press('Home', {}, { tag: 'DIV', editable: true })).toBeNull();
  });

  it('leaves Space to a focused button but still steps with arrows there', () => {
    expect(press(' ', {}, { tag: 'BUTTON' })).toBeNull();
    expect(press('ArrowRight', {}, { tag: 'BUTTON' })).toEqual({ type: 'step', delta: 1 });
  });

  it('ignores keys inside menus and dialogs, and in the landscape (its arrows pan)', () => {
    expect(press('ArrowLeft', {}, { tag: 'BUTTON', inPopup: true })).toBeNull();
    expect(press('ArrowLeft', {}, { tag: 'svg', inLandscape: true })).toBeNull();
  });

  it('ignores keys a handler has already taken', () => {
    expect(press('ArrowRight', { defaultPrevented: true })).toBeNull();
  });
});

describe('describeTarget', () => {
  /** A stand-in element: `closest` matches when the selector names one of `inside`. */
  const element = (tagName: string, inside: string[] = [], isContentEditable = false) => ({
    tagName,
    isContentEditable,
    closest: (selector: string) => (inside.some((s) => selector.includes(s)) ? {} : null),
  });

  it('reads the tag, editability and the containers that own keys', () => {
    expect(describeTarget(element('input'))).toEqual({
      tag: 'INPUT',
      editable: false,
      inPopup: false,
      inLandscape: false,
    });
    expect(describeTarget(element('BUTTON', ['role="menu"'])).inPopup).toBe(true);
    expect(describeTarget(element('DIV', ['role="dialog"'])).inPopup).toBe(true);
    expect(describeTarget(element('rect', ['data-testid="landscape"'])).inLandscape).toBe(true);
    expect(describeTarget(element('P', [], true)).editable).toBe(true);
  });

  it('treats a target that is not an element (the document, window) as the page', () => {
    expect(describeTarget(null)).toEqual({
      tag: '',
      editable: false,
      inPopup: false,
      inLandscape: false,
    });
    expect(describeTarget({})).toMatchObject({ tag: '' });
  });
});
