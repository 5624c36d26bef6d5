/**
 * A menu button of export items (WAI-ARIA menu button pattern, as AddOptimizerMenu: arrow keys,
 * Home and End move, Enter or Space picks, Escape and Tab close, focus returns to the button).
 * The menu is a popover in the top layer, so panels with overflow hidden cannot clip it.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { positionPopover } from '../optimizers/placement';
import { ChevronIcon } from './icons';

export interface ExportItem {
  id: string;
  label: string;
  /** A second line, muted: what the file holds. */
  hint?: string;
  /** Starts a group under a separator. */
  separated?: boolean;
}

interface Props {
  /** The button's content (icon, text). */
  children: ReactNode;
  /** The button's accessible name when its content is an icon only. */
  label?: string;
  title?: string;
  /** Names the menu for screen readers. */
  menuLabel: string;
  items: readonly ExportItem[];
  onPick(id: string): void;
  busy?: boolean;
  /** Draw the chevron that marks a menu (an icon-only button in a tight row goes without). */
  chevron?: boolean;
  className?: string;
  testId?: string;
}

export function ExportMenuButton(props: Props) {
  const { items, onPick, busy = false, chevron = true } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const list = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const show = (focus: 'first' | 'last') => {
    if (busy || !menu.current) return;
    if (!menu.current.matches(':popover-open')) menu.current.showPopover();
    const entries = list();
    (focus === 'first' ? entries[0] : entries[entries.length - 1])?.focus();
  };

  const pick = (id: string) => {
    menu.current?.hidePopover();
    button.current?.focus();
    onPick(id);
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const entries = list();
    const current = entries.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
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
        moveTo(entries.length - 1);
        break;
      case 'Escape':
        menu.current?.hidePopover();
        button.current?.focus();
        break;
      case 'Tab':
        menu.current?.hidePopover();
        button.current?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className={`export-menu ${props.className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="button export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={props.label}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        title={props.title}
        data-testid={props.testId}
        popoverTarget={busy ? undefined : menuId}
        onClick={(event) => {
          event.preventDefault();
          if (open) menu.current?.hidePopover();
          else show('first');
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {props.children}
        {chevron && <ChevronIcon />}
      </button>
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={props.menuLabel}
        className="export-menu__menu"
        onKeyDown={onMenuKeyDown}
        onBeforeToggle={(event) => {
          if (event.newState === 'open' && menu.current && button.current)
            positionPopover(menu.current, button.current, 'end');
        }}
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`export-menu__item${item.separated ? ' export-menu__item--separated' : ''}`}
            data-export={item.id}
            onClick={() => pick(item.id)}
          >
            <span className="export-menu__item-label">{item.label}</span>
            {item.hint && <span className="export-menu__item-hint">{item.hint}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}
