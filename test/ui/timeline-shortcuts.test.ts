import { describe, expect, it } from 'vitest';
import {
  describeTarget,
  kindOf,
  shortcutAction,
  SHIFT_STEP,
  type KeyPress,
  type KeyTarget,
} from '../../src/ui/timeline/shortcuts';
import { keyPress, PAGE_TARGET } from './key-press';

/** The document's body focused: the page, as a key's target. */
const body: KeyTarget = { ...PAGE_TARGET, tag: 'BODY' };

function press(key: string, extra: Partial<KeyPress> = {}, target: Partial<KeyTarget> = {}) {
  return shortcutAction(keyPress(key, { ...extra, target: { ...body, ...target } }));
}

const TIMELINE_KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

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

  it('opens the legend with ?, wherever keys are not typed', () => {
    expect(press('?', { shiftKey: true })).toEqual({ type: 'legend' });
    expect(press('?', {}, { tag: 'INPUT', kind: 'slider' })).toEqual({ type: 'legend' });
    expect(press('?', {}, { tag: 'INPUT', kind: 'text' })).toBeNull();
    expect(press('?', {}, { tag: 'DIV', inPopup: true })).toBeNull();
  });

  it('ignores other keys', () => {
    expect(press('a')).toBeNull();
    expect(press('ArrowUp')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('PageUp')).toBeNull();
  });

  it('ignores chords with Ctrl, Meta or Alt (browser and system shortcuts)', () => {
    expect(press('ArrowLeft', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { metaKey: true })).toBeNull();
    expect(press('Home', { altKey: true })).toBeNull();
    expect(press(' ', { ctrlKey: true })).toBeNull();
    expect(press('?', { ctrlKey: true })).toBeNull();
  });

  it('leaves every key to text fields, selects and editable content', () => {
    for (const tag of ['INPUT', 'SELECT', 'TEXTAREA']) {
      for (const key of [...TIMELINE_KEYS, 'Escape'])
        expect(press(key, {}, { tag, kind: 'text' })).toBeNull();
    }
    expect(press('Home', {}, { tag: 'DIV', editable: true })).toBeNull();
  });

  it('leaves a slider dragged with the mouse its arrows and Page Up/Down; Home, End, Space go to the timeline', () => {
    const slider = { tag: 'INPUT', kind: 'slider' as const };
    expect(press('ArrowRight', {}, slider)).toBeNull();
    expect(press('ArrowLeft', { shiftKey: true }, slider)).toBeNull();
    expect(press('PageUp', {}, slider)).toBeNull();
    expect(press('Home', {}, slider)).toEqual({ type: 'jump', to: 'start' });
    expect(press('End', {}, slider)).toEqual({ type: 'jump', to: 'end' });
    expect(press(' ', {}, slider)).toEqual({ type: 'toggle-play' });
  });

  it('leaves a slider reached by keyboard Home and End too (the ARIA slider pattern); Space still plays', () => {
    const slider = { tag: 'INPUT', kind: 'slider' as const, focusVisible: true };
    expect(press('Home', {}, slider)).toBeNull();
    expect(press('End', {}, slider)).toBeNull();
    expect(press(' ', {}, slider)).toEqual({ type: 'toggle-play' });
  });

  it('gives the timeline scrubber no keys of its own: it is the timeline', () => {
    const scrubber = { tag: 'INPUT', kind: 'slider' as const, inTimeline: true };
    expect(press('ArrowRight', { shiftKey: true }, scrubber)).toEqual({
      type: 'step',
      delta: SHIFT_STEP,
    });
    expect(press('Home', {}, scrubber)).toEqual({ type: 'jump', to: 'start' });
  });

  it('leaves a tab its arrows only when focused by keyboard; Home and End go to the timeline', () => {
    const clicked = { tag: 'BUTTON', kind: 'tab' as const, focusVisible: false };
    const keyed = { ...clicked, focusVisible: true };
    expect(press('ArrowRight', {}, clicked)).toEqual({ type: 'step', delta: 1 });
    expect(press('Home', {}, clicked)).toEqual({ type: 'jump', to: 'start' });
    expect(press('ArrowRight', {}, keyed)).toBeNull();
    expect(press('ArrowLeft', {}, keyed)).toBeNull();
    expect(press('Home', {}, keyed)).toEqual({ type: 'jump', to: 'start' });
    expect(press('End', {}, keyed)).toEqual({ type: 'jump', to: 'end' });
    expect(press(' ', {}, keyed)).toEqual({ type: 'toggle-play' });
  });

  it('leaves Space to a button focused by keyboard, not to one just clicked; arrows step', () => {
    const keyed = { tag: 'BUTTON', kind: 'button' as const, focusVisible: true };
    expect(press(' ', {}, keyed)).toBeNull();
    expect(press('ArrowRight', {}, keyed)).toEqual({ type: 'step', delta: 1 });
    expect(press(' ', {}, { ...keyed, focusVisible: false })).toEqual({ type: 'toggle-play' });
  });

  it('leaves the focused landscape its arrows; Space, Home and End go to the timeline', () => {
    const landscape = { tag: 'svg', inLandscape: true };
    expect(press('ArrowLeft', {}, landscape)).toBeNull();
    expect(press('ArrowUp', {}, landscape)).toBeNull();
    expect(press(' ', {}, landscape)).toEqual({ type: 'toggle-play' });
    expect(press('Home', {}, landscape)).toEqual({ type: 'jump', to: 'start' });
    expect(press('End', {}, landscape)).toEqual({ type: 'jump', to: 'end' });
  });

  it('ignores every key inside menus and dialogs', () => {
    for (const key of [...TIMELINE_KEYS, 'Escape', '?'])
      expect(press(key, {}, { tag: 'BUTTON', kind: 'button', inPopup: true })).toBeNull();
  });

  it('releases focus with Escape from a control, not from the page', () => {
    expect(press('Escape', {}, { tag: 'INPUT', kind: 'slider' })).toEqual({
      type: 'release-focus',
    });
    expect(press('Escape', {}, { tag: 'BUTTON', kind: 'tab' })).toEqual({
      type: 'release-focus',
    });
    expect(press('Escape', {}, { tag: 'svg', inLandscape: true })).toEqual({
      type: 'release-focus',
    });
    expect(press('Escape')).toBeNull();
    expect(press('Escape', {}, { tag: '' })).toBeNull();
  });

  it('ignores keys a handler has already taken', () => {
    expect(press('ArrowRight', { defaultPrevented: true })).toBeNull();
    expect(press('Escape', { defaultPrevented: true }, { tag: 'BUTTON' })).toBeNull();
  });
});

describe('kindOf', () => {
  it('reads the role first, then the tag and input type', () => {
    expect(kindOf('INPUT', null, 'range')).toBe('slider');
    expect(kindOf('INPUT', null, 'text')).toBe('text');
    expect(kindOf('INPUT', null, 'number')).toBe('text');
    expect(kindOf('INPUT', null, null)).toBe('text');
    expect(kindOf('INPUT', null, 'checkbox')).toBe('button');
    expect(kindOf('INPUT', null, 'radio')).toBe('tab');
    expect(kindOf('SELECT', null, null)).toBe('text');
    expect(kindOf('TEXTAREA', null, null)).toBe('text');
    expect(kindOf('BUTTON', 'tab', null)).toBe('tab');
    expect(kindOf('BUTTON', null, null)).toBe('button');
    expect(kindOf('rect', 'slider', null)).toBe('slider');
    expect(kindOf('DIV', 'combobox', null)).toBe('text');
    expect(kindOf('svg', 'application', null)).toBe('page');
    expect(kindOf('DIV', null, null)).toBe('page');
  });
});

describe('describeTarget', () => {
  /** A stand-in element: `closest` matches when the selector names one of `inside`. */
  const element = (
    tagName: string,
    inside: string[] = [],
    { editable = false, attributes = {} as Record<string, string>, focusVisible = false } = {},
  ) => ({
    tagName,
    isContentEditable: editable,
    closest: (selector: string) => (inside.some((s) => selector.includes(s)) ? {} : null),
    getAttribute: (name: string) => attributes[name] ?? null,
    matches: (selector: string) => selector === ':focus-visible' && focusVisible,
  });

  it('reads the tag, kind, editability, focus origin and the containers that own keys', () => {
    expect(describeTarget(element('input'))).toEqual({
      tag: 'INPUT',
      kind: 'text',
      editable: false,
      inPopup: false,
      inLandscape: false,
      inTimeline: false,
      focusVisible: false,
    });
    expect(describeTarget(element('input', [], { attributes: { type: 'range' } })).kind).toBe(
      'slider',
    );
    expect(describeTarget(element('BUTTON', ['role="menu"'])).inPopup).toBe(true);
    expect(describeTarget(element('DIV', ['role="dialog"'])).inPopup).toBe(true);
    expect(describeTarget(element('rect', ['data-testid="landscape"'])).inLandscape).toBe(true);
    expect(describeTarget(element('INPUT', ['.timeline'])).inTimeline).toBe(true);
    expect(describeTarget(element('P', [], { editable: true })).editable).toBe(true);
    expect(describeTarget(element('BUTTON', [], { focusVisible: true })).focusVisible).toBe(true);
  });

  it('treats a :focus-visible that throws (an old browser) as a click', () => {
    const old = {
      ...element('BUTTON'),
      matches: () => {
        throw new SyntaxError('unknown pseudo-class');
      },
    };
    expect(describeTarget(old).focusVisible).toBe(false);
  });

  it('treats a target that is not an element (the document, window) as the page', () => {
    expect(describeTarget(null)).toMatchObject({ tag: '', kind: 'page', inLandscape: false });
    expect(describeTarget({})).toMatchObject({ tag: '' });
  });
});
