/**
 * "Add optimizer": a menu button listing the 13 optimizer types (WAI-ARIA menu button pattern:
 * arrow keys, Home and End move, Enter or Space picks, Escape and Tab close). The new run is
 * selected so that its card opens. At MAX_OPTIMIZERS runs the button is disabled and says why.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { OPTIMIZER_TYPES, type OptimizerType } from '../../scenario/types';
import { MAX_OPTIMIZERS } from '../../scenario/validate';
import { useApp } from '../../state/store';
import { ChevronDownIcon, PlusIcon } from './icons';
import { positionPopover } from './placement';
import './AddOptimizerMenu.css';
import { useT } from '../../i18n';
import { optimizerTitle } from '../../i18n/text';

export function AddOptimizerMenu() {
  const t = useT();
  const count = useApp((s) => s.scenario.optimizers.length);
  const addOptimizer = useApp((s) => s.addOptimizer);
  const selectRun = useApp((s) => s.selectRun);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const reasonId = useId();
  const full = count >= MAX_OPTIMIZERS;

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  /** Opens the menu with focus on its first or last item (ArrowUp on the button opens at the end). */
  const show = (focus: 'first' | 'last') => {
    if (full || !menu.current) return;
    if (!menu.current.matches(':popover-open')) menu.current.showPopover();
    const list = items();
    (focus === 'first' ? list[0] : list[list.length - 1])?.focus();
  };

  const pick = (type: OptimizerType) => {
    menu.current?.hidePopover();
    addOptimizer(type);
    selectRun(count);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
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
      case 'Tab':
        // Tab leaves a menu; focus goes back to its button first, then on as usual.
        menu.current?.hidePopover();
        button.current?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="add-optimizer">
      <button
        ref={button}
        type="button"
        className="button button--primary add-optimizer__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-disabled={full || undefined}
        aria-describedby={full ? reasonId : undefined}
        title={full ? t('optimizers.addFull', { max: MAX_OPTIMIZERS }) : undefined}
        // popovertarget keeps clicks on the button out of the popover's light dismiss; the
        // click itself is handled here, so that focus moves into the menu as it opens.
        popoverTarget={full ? undefined : menuId}
        onClick={(event) => {
          event.preventDefault();
          if (open) menu.current?.hidePopover();
          else show('first');
        }}
        onKeyDown={onButtonKeyDown}
      >
        <PlusIcon />
        {t('optimizers.add')}
        <ChevronDownIcon />
      </button>
      {full && (
        <span id={reasonId} className="visually-hidden">
          {t('optimizers.addFull', { max: MAX_OPTIMIZERS })}.
        </span>
      )}
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={t('optimizers.types')}
        className="add-optimizer__menu"
        onKeyDown={onMenuKeyDown}
        onBeforeToggle={(event) => {
          if (event.newState === 'open' && menu.current && button.current)
            positionPopover(menu.current, button.current, 'end');
        }}
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {OPTIMIZER_TYPES.map((type) => (
          <button
            key={type}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="add-optimizer__item"
            onClick={() => pick(type)}
          >
            {optimizerTitle(type)}
          </button>
        ))}
      </div>
    </div>
  );
}
