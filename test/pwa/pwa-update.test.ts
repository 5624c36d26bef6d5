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
  // [title, the events the page saw before the update, what the update then does]
  it.each<[string, string[], string]>([
    ['reloads a page nobody has touched yet: the view comes back from the address', [], 'reload'],
    ['only notifies once the page has had a pointer press', ['pointerdown'], 'notify'],
    ['counts a key press as use too (keyboard users never press a pointer)', ['keydown'], 'notify'],
    ['counts the wheel, which zooms the landscape', ['wheel'], 'notify'],
    ['does not count hovering or the page scrolling', ['scroll', 'pointermove'], 'reload'],
  ])('%s', (_title, events, action) => {
    const { target, calls, onUpdate } = setup();
    for (const type of events) target.dispatchEvent(new Event(type));
    onUpdate();
    expect(calls).toEqual([action]);
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
