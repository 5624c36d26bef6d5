/**
 * A button that opens a small non-modal dialog in a popover (the run's colour, its schedule, the
 * landscape's arrows). `popover="auto"` gives light dismiss and Escape from the browser, and the
 * top layer, so panels with overflow hidden cannot clip it. Spread `trigger` on the button and
 * `dialog` on the popover's element; `placeUnder` puts the popover under the button (call it as
 * it opens, in onBeforeToggle).
 */
import { useId, useRef } from 'react';
import { positionPopover } from '../optimizers/placement';

export function usePopoverDialog() {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();
  return {
    button,
    popover,
    trigger: { ref: button, popoverTarget: id },
    dialog: { ref: popover, id, popover: 'auto', role: 'dialog' } as const,
    /** Places the popover under the button, aligned with its start or its end. */
    placeUnder(align: 'start' | 'end') {
      if (popover.current && button.current)
        positionPopover(popover.current, button.current, align);
    },
  };
}
