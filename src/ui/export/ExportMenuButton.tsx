/**
 * A menu button of export items (the menu button pattern of src/ui/a11y/use-menu-button.ts, as
 * AddOptimizerMenu); picking an item gives focus back to the button.
 */
import type { ReactNode } from 'react';
import { useMenuButton } from '../a11y/use-menu-button';
import { ChevronIcon } from './icons';
import { MenuItem } from '../a11y/MenuItem';

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
  const { buttonProps, menuProps, close } = useMenuButton(busy);

  const pick = (id: string) => {
    close(true);
    onPick(id);
  };

  return (
    <div className={`export-menu ${props.className ?? ''}`}>
      <button
        {...buttonProps}
        type="button"
        className="button export-menu__button"
        aria-label={props.label}
        aria-busy={busy || undefined}
        title={props.title}
        data-testid={props.testId}
      >
        {props.children}
        {chevron && <ChevronIcon />}
      </button>
      <div
        {...menuProps}
        aria-label={props.menuLabel}
        className="top-layer popover menu export-menu__menu"
      >
        {items.map((item) => (
          <MenuItem
            key={item.id}
            className={`export-menu__item${item.separated ? ' export-menu__item--separated' : ''}`}
            data-export={item.id}
            onClick={() => pick(item.id)}
          >
            <span className="menu__label export-menu__item-label">{item.label}</span>
            {item.hint && <span className="menu__hint export-menu__item-hint">{item.hint}</span>}
          </MenuItem>
        ))}
      </div>
    </div>
  );
}
