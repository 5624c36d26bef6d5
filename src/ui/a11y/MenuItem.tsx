/**
 * An item of a menu button's menu (use-menu-button.ts): a button with role=menuitem, out of the
 * Tab order (the arrow keys move between items). Classes `menu__item` (styles/popover.css) and
 * the menu's own; `data-*` attributes pass through for tests and styles.
 */
import type { ReactNode } from 'react';

type DataAttributes = { [name: `data-${string}`]: string };

interface MenuItemProps extends DataAttributes {
  className: string;
  onClick(): void;
  children: ReactNode;
}

export function MenuItem({ className, onClick, children, ...data }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={`menu__item ${className}`}
      {...data}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
