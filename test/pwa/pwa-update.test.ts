import { describe, expect, it } from 'vitest';
import { createUpdateHandler } from '../../src/pwa-update';

function setup() {
  const target = new EventTarget();
  const calls: string[] = [];
  const onUpdate = createUpdateHandler(target, {
    reload: () => calls.push('reload'),
    notify: () => calls.push('notify'),
  });
  return { target, calls, onUpdate };
}

describe('createUpdateHandler', () => {
  it('reloads a page nobody has touched yet: the view comes back from the address', () => {
    const { calls, onUpdate } = setup();
    onUpdate();
    expect(calls).toEqual(['reload']);
  });

  it('only notifies once the page has had a pointer press', () => {
    const { target, calls, onUpdate } = setup();
    target.dispatchEvent(new Event('pointerdown'));
    onUpdate();
    expect(calls).toEqual(['notify']);
  });

  it('counts a key press as use too (keyboard users never press a pointer)', () => {
    const { target, calls, onUpdate } = setup();
    target.dispatchEvent(new Event('keydown'));
    onUpdate();
    expect(calls).toEqual(['notify']);
  });

  it('counts the wheel, which zooms the landscape', () => {
    const { target, calls, onUpdate } = setup();
    target.dispatchEvent(new Event('wheel'));
    onUpdate();
    expect(calls).toEqual(['notify']);
  });

  it('does not count hovering or the page scrolling', () => {
    const { target, calls, onUpdate } = setup();
    target.dispatchEvent(new Event('scroll'));
    target.dispatchEvent(new Event('pointermove'));
    onUpdate();
    expect(calls).toEqual(['reload']);
  });

  it('stops listening after the first input', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const target = new EventTarget();
    const spy = {
      addEventListener: (type: string, listener: EventListener, capture?: boolean) => {
        added.push(type);
        target.addEventListener(type, listener, capture);
      },
      removeEventListener: (type: string, listener: EventListener, capture?: boolean) => {
        removed.push(type);
        target.removeEventListener(type, listener, capture);
      },
    };
    createUpdateHandler(spy, { reload: () => {}, notify: () => {} });
    target.dispatchEvent(new Event('keydown'));
    expect(added.sort()).toEqual(['keydown', 'pointerdown', 'wheel']);
    expect(removed.sort()).toEqual(['keydown', 'pointerdown', 'wheel']);
  });
});
