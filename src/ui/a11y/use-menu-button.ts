/**
 * The WAI-ARIA menu button pattern (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/), shared
 * by "Add optimizer" and the export menus: Enter, Space or ↓ on the button opens the menu on its
 * first item, ↑ on its last; in the menu ↑ ↓ move (wrapping), Home and End jump, Escape and Tab
 * close it and give focus back to the button. The menu is a popover in the top layer, placed
 * under the button's end, so panels with overflow hidden cannot clip it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { followTrigger, positionPopover } from '../optimizers/placement';
import { usePopoverToggle } from './use-popover-toggle';

export function useMenuButton(disabled: boolean) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  usePopoverToggle(menu, {
    onBeforeToggle: (event) => {
      if (event.newState === 'open' && menu.current && button.current)
        positionPopover(menu.current, button.current, 'end');
    },
    onToggle: (event) => setOpen(event.newState === 'open'),
  });

  // While open, the menu follows its button as the page reflows (placement.ts, followTrigger).
  useEffect(() => {
    if (!open || !menu.current || !button.current) return;
    return followTrigger(menu.current, button.current, 'end');
  }, [open]);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  /** Opens the menu with focus on its first or last item. */
  const show = (focus: 'first' | 'last') => {
    if (disabled || !menu.current) return;
    if (!menu.current.matches(':popover-open')) menu.current.showPopover();
    const list = items();
    (focus === 'first' ? list[0] : list[list.length - 1])?.focus();
  };

  /** Closes the menu; with `refocus`, focus goes back to the button. */
  const close = (refocus: boolean) => {
    menu.current?.hidePopover();
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const current = list.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        moveTo(current + 1);
        break;
      case 'ArrowUp':
        moveTo(current - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        // Tab leaves a menu; focus goes back to its button first, then on as usual.
        close(true);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Spread on the <button>. */
  const buttonProps = {
    ref: button,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': menuId,
    'aria-disabled': disabled || undefined,
    // popovertarget keeps clicks on the button out of the popover's light dismiss; the click
    // itself is handled here, so that focus moves into the menu as it opens.
    popovertarget: disabled ? undefined : menuId,
    onClick: (event: MouseEvent) => {
      event.preventDefault();
      // The popover's own state, not `open`: that follows the toggle event, which comes a task
      // later, so Escape then Enter at once (a quick hand, a busy page) found it still true and
      // closed the menu again instead of opening it.
      if (menu.current?.matches(':popover-open')) close(false);
      else show('first');
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        show(event.key === 'ArrowDown' ? 'first' : 'last');
      }
    },
  };

  /** Spread on the menu's <div>. */
  const menuProps = {
    ref: menu,
    id: menuId,
    popover: 'auto' as const,
    role: 'menu',
    onKeyDown: onMenuKeyDown,
  };

  return { buttonProps, menuProps, close };
}
