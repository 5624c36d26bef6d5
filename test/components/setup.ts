/**
 * What the component tests share (docs/testing.md, "Component tests"): each test file runs in
 * jsdom (`// @vitest-environment jsdom` on its first line; the unit tests stay in node) and
 * imports this module first.
 *
 * jsdom has no layout, no canvas and no media queries. The shims below stand in for those
 * browser services only, never for the app's code: a ResizeObserver that never reports (nothing
 * has a size in jsdom), matchMedia that matches nothing (no reduced motion, a light system), and
 * a canvas without a 2D context (the app's canvas painters already skip a null context), and the
 * HTML popover API's open/close with its toggle event (the menus use it; jsdom has no top layer).
 */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { appStore, type AppState } from '../../src/state/store';

// Tests call React's `act` themselves as well as through Testing Library; React 18 wants to be
// told that this environment supports it (Testing Library sets it only under global hooks).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= InertResizeObserver as unknown as typeof ResizeObserver;

window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// jsdom's own getContext logs "not implemented" and returns undefined; a browser without a
// context returns null, which is what the app is written for.
HTMLCanvasElement.prototype.getContext = (() => null) as HTMLCanvasElement['getContext'];

// The popover API as the HTML standard describes it, without the top layer: showPopover and
// hidePopover change the state and fire a (non-bubbling) toggle event with newState/oldState,
// which React's onToggle reads; showing an open popover or hiding a closed one does nothing.
const popoverOpen = new WeakSet<HTMLElement>();
function togglePopover(element: HTMLElement, open: boolean): void {
  if (popoverOpen.has(element) === open) return;
  if (open) popoverOpen.add(element);
  else popoverOpen.delete(element);
  const states = open ? ['closed', 'open'] : ['open', 'closed'];
  const event = (type: string) =>
    Object.assign(new Event(type), { oldState: states[0], newState: states[1] });
  element.dispatchEvent(event('beforetoggle'));
  element.dispatchEvent(event('toggle'));
}
HTMLElement.prototype.showPopover ??= function (this: HTMLElement) {
  togglePopover(this, true);
};
HTMLElement.prototype.hidePopover ??= function (this: HTMLElement) {
  togglePopover(this, false);
};

/** The store's state before any test: each test starts from it (zustand's replace). */
const initialState: AppState = appStore.getState();

afterEach(() => {
  // Testing Library cleans up by itself only with vitest's globals, which this project keeps off.
  cleanup();
  appStore.setState(initialState, true);
});
