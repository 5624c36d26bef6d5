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
  /**
   * Why the item cannot be chosen now, or absent: a disabled item stays in the menu and in the
   * arrow keys' order (aria-disabled, WAI-ARIA's menu pattern), says why as its title and
   * description, and does nothing when activated.
   */
  disabledReason?: string | undefined;
}

export function MenuItem({ className, onClick, children, disabledReason, ...data }: MenuItemProps) {
  const disabled = disabledReason !== undefined;
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={`menu__item ${className}`}
      {...data}
      aria-disabled={disabled || undefined}
      title={disabledReason}
      aria-description={disabledReason}
      onClick={disabled ? undefined : onClick}
    >
      {children}
    </button>
  );
}
