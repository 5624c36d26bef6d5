/**
 * A button that opens a small non-modal dialog in a popover (the run's colour, its schedule, the
 * landscape's arrows). `popover="auto"` gives light dismiss and Escape from the browser, and the
 * top layer, so panels with overflow hidden cannot clip it. Spread `trigger` on the button and
 * `dialog` on the popover's element. With `align`, the popover is placed under the button,
 * aligned with its start or its end, and follows it while open (placement.ts, followTrigger);
 * without, the component places it itself (the schedule editor, beside its run card). `handlers`
 * are the component's own for the popover's toggle events (use-popover-toggle.ts).
 */
import { useEffect, useId, useRef } from 'react';
import { followTrigger, positionPopover } from '../optimizers/placement';
import { usePopoverToggle, type PopoverToggleHandlers } from './use-popover-toggle';

export function usePopoverDialog(
  align: 'start' | 'end' | null,
  handlers: PopoverToggleHandlers = {},
) {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();
  /** Stops following the button (set while the popover is open and aligned). */
  const following = useRef<(() => void) | null>(null);

  usePopoverToggle(popover, {
    onBeforeToggle: (event) => {
      if (align && event.newState === 'open' && popover.current && button.current)
        positionPopover(popover.current, button.current, align);
      handlers.onBeforeToggle?.(event);
    },
    onToggle: (event) => {
      following.current?.();
      following.current = null;
      if (align && event.newState === 'open' && popover.current && button.current)
        following.current = followTrigger(popover.current, button.current, align);
      handlers.onToggle?.(event);
    },
  });
  useEffect(
    () => () => {
      following.current?.();
      following.current = null;
    },
    [],
  );

  return {
    button,
    popover,
    trigger: { ref: button, popovertarget: id },
    dialog: { ref: popover, id, popover: 'auto', role: 'dialog' } as const,
  };
}
