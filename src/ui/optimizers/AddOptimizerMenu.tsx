/**
 * "Add optimizer": a menu button listing the 21 optimizer types (the menu button pattern of
 * src/ui/a11y/use-menu-button.ts). The new run is selected so that its card opens. At MAX_OPTIMIZERS runs the button is disabled and says why;
 * a type the problem is too large for (Newton on a big network) is disabled and says why.
 */
import { useId } from 'react';
import { OPTIMIZER_TYPES, type OptimizerType } from '../../scenario/types';
import { MAX_OPTIMIZERS } from '../../scenario/validate';
import { useApp } from '../../state/store';
import { RunCardIcon } from './icons';
import { MenuItem } from '../a11y/MenuItem';
import { useMenuButton } from '../a11y/use-menu-button';
import './AddOptimizerMenu.css';
import { useT } from '../../i18n';
import { optimizerTitle } from '../../i18n/text';
import { typeRefusal } from './type-limits';

export function AddOptimizerMenu() {
  const t = useT();
  const count = useApp((s) => s.scenario.optimizers.length);
  const problem = useApp((s) => s.scenario.problem);
  const addOptimizer = useApp((s) => s.addOptimizer);
  const selectRun = useApp((s) => s.selectRun);
  const reasonId = useId();
  const full = count >= MAX_OPTIMIZERS;
  const { buttonProps, menuProps, close } = useMenuButton(full);

  const pick = (type: OptimizerType) => {
    close(false); // the new run's card takes the attention, not the button
    addOptimizer(type);
    selectRun(count);
  };

  return (
    <div className="add-optimizer">
      <button
        {...buttonProps}
        type="button"
        className="button button--primary add-optimizer__button"
        aria-describedby={full ? reasonId : undefined}
        title={full ? t('optimizers.addFull', { max: MAX_OPTIMIZERS }) : undefined}
      >
        <RunCardIcon name="plus" />
        {t('optimizers.add')}
        <RunCardIcon name="chevronDown" />
      </button>
      {full && (
        <span id={reasonId} className="visually-hidden">
          {t('optimizers.addFull', { max: MAX_OPTIMIZERS })}.
        </span>
      )}
      <div
        {...menuProps}
        aria-label={t('optimizers.types')}
        className="top-layer popover menu add-optimizer__menu"
      >
        {OPTIMIZER_TYPES.map((type) => (
          <MenuItem
            key={type}
            className="add-optimizer__item"
            onClick={() => pick(type)}
            disabledReason={typeRefusal(type, problem)}
          >
            {optimizerTitle(type)}
          </MenuItem>
        ))}
      </div>
    </div>
  );
}
