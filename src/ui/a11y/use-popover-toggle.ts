/**
 * A popover's `beforetoggle` and `toggle` events, which React 18 has no props for (docs/
 * decisions.md, "React 18.3.1, not 19"): native listeners on the element `popover` holds,
 * calling the latest handlers given. Bound again after each commit, so an element that mounts
 * later (or is replaced) is listened to as well; adding and removing two listeners costs next to
 * nothing.
 */
import { useEffect, useRef, type RefObject } from 'react';

export interface PopoverToggleHandlers {
  /** Before the popover shows or hides: place it here, while it is still where it was. */
  onBeforeToggle?(event: ToggleEvent): void;
  /** After it has shown or hidden (a task later). */
  onToggle?(event: ToggleEvent): void;
}

export function usePopoverToggle(
  popover: RefObject<HTMLElement | null>,
  handlers: PopoverToggleHandlers,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const element = popover.current;
    if (!element) return;
    const before = (event: Event) => latest.current.onBeforeToggle?.(event as ToggleEvent);
    const after = (event: Event) => latest.current.onToggle?.(event as ToggleEvent);
    element.addEventListener('beforetoggle', before);
    element.addEventListener('toggle', after);
    return () => {
      element.removeEventListener('beforetoggle', before);
      element.removeEventListener('toggle', after);
    };
  });
}
