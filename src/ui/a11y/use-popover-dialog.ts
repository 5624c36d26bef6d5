/**
 * A button that opens a small non-modal dialog in a popover (the run's colour, its schedule, the
 * landscape's arrows). `popover="auto"` gives light dismiss and Escape from the browser, and the
 * top layer, so panels with overflow hidden cannot clip it. Spread `trigger` on the button and
 * `dialog` on the popover's element. With `align`, the popover is placed under the button,
 * aligned with its start or its end, and follows it while open (placement.ts, followTrigger);
 * without, the component places it itself (the schedule editor, beside its run card).
 */
import { useEffect, useId, useRef } from 'react';
import { followTrigger, positionPopover } from '../optimizers/placement';

export function usePopoverDialog(align: 'start' | 'end' | null) {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const element = popover.current;
    if (!align || !element) return;
    let stop: (() => void) | null = null;
    // Native listeners: the component keeps React's onBeforeToggle / onToggle for itself.
    const onBeforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open' && button.current)
        positionPopover(element, button.current, align);
    };
    const onToggle = (event: Event) => {
      stop?.();
      stop = null;
      if ((event as ToggleEvent).newState === 'open' && button.current)
        stop = followTrigger(element, button.current, align);
    };
    element.addEventListener('beforetoggle', onBeforeToggle);
    element.addEventListener('toggle', onToggle);
    return () => {
      stop?.();
      element.removeEventListener('beforetoggle', onBeforeToggle);
      element.removeEventListener('toggle', onToggle);
    };
  }, [align]);

  return {
    button,
    popover,
    trigger: { ref: button, popoverTarget: id },
    dialog: { ref: popover, id, popover: 'auto', role: 'dialog' } as const,
  };
}
