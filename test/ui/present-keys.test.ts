import { describe, expect, it } from 'vitest';
import { presentAction } from '../../src/ui/present/present-keys';
import { keyPress as press, PAGE_TARGET as page } from './key-press';

describe('presentAction', () => {
  it('maps P, R and H (either case) to present, reveal and hide', () => {
    expect(presentAction(press('p'))).toEqual({ type: 'toggle-present' });
    expect(presentAction(press('P', { shiftKey: true }))).toEqual({ type: 'toggle-present' });
    expect(presentAction(press('r'))).toEqual({ type: 'reveal' });
    expect(presentAction(press('H'))).toEqual({ type: 'hide' });
    expect(presentAction(press('x'))).toBeNull();
  });

  it('works on the landscape and on buttons, which do not type', () => {
    expect(presentAction(press('p', { target: { ...page, inLandscape: true } }))).not.toBeNull();
    expect(presentAction(press('r', { target: { ...page, tag: 'BUTTON' } }))).not.toBeNull();
  });

  it('leaves alone what someone is typing, popups, chords and handled presses', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(presentAction(press('p', { target: { ...page, tag } }))).toBeNull();
    expect(presentAction(press('p', { target: { ...page, editable: true } }))).toBeNull();
    expect(presentAction(press('p', { target: { ...page, inPopup: true } }))).toBeNull();
    expect(presentAction(press('p', { ctrlKey: true }))).toBeNull(); // print
    expect(presentAction(press('r', { metaKey: true }))).toBeNull(); // reload
    expect(presentAction(press('h', { altKey: true }))).toBeNull();
    expect(presentAction(press('p', { defaultPrevented: true }))).toBeNull();
  });
});
