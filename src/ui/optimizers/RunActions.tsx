/**
 * A run's icon buttons: hide or show, duplicate, reset (a menu: the preset's or link's values, or
 * PyTorch's defaults: ResetMenu.tsx), remove. Duplicate selects the copy; remove keeps the click
 * from selecting a card whose index just moved.
 */
import { memo } from 'react';
import { MAX_OPTIMIZERS } from '../../scenario/validate';
import { useApp } from '../../state/store';
import { RunCardIcon } from './icons';
import { ResetMenu } from './ResetMenu';
import { unsetField } from './patches';
import { IconButton } from '../forms/IconButton';
import './RunActions.css';
import { useT } from '../../i18n';

interface RunActionsProps {
  index: number;
  hidden: boolean;
  count: number;
}

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const RunActions = memo(function RunActions({ index, hidden, count }: RunActionsProps) {
  const t = useT();
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  const duplicateOptimizer = useApp((s) => s.duplicateOptimizer);
  const removeOptimizer = useApp((s) => s.removeOptimizer);
  const selectRun = useApp((s) => s.selectRun);
  const full = count >= MAX_OPTIMIZERS;
  const last = count <= 1;

  return (
    <div className="run-actions">
      <IconButton
        className="run-actions__button"
        label={hidden ? t('optimizers.show') : t('optimizers.hide')}
        title={hidden ? t('optimizers.showTitle') : t('optimizers.hideTitle')}
        onClick={() => updateOptimizer(index, hidden ? unsetField('hidden') : { hidden: true })}
      >
        <RunCardIcon name={hidden ? 'eyeOff' : 'eye'} />
      </IconButton>
      <IconButton
        className="run-actions__button"
        label={t('optimizers.duplicate')}
        title={
          full ? t('optimizers.atMost', { max: MAX_OPTIMIZERS }) : t('optimizers.duplicateTitle')
        }
        disabled={full}
        onClick={(event) => {
          event.stopPropagation();
          duplicateOptimizer(index);
          selectRun(index + 1);
        }}
      >
        <RunCardIcon name="duplicate" />
      </IconButton>
      <ResetMenu index={index} />
      <IconButton
        className="run-actions__button"
        label={t('optimizers.remove')}
        title={last ? t('optimizers.removeLast') : t('optimizers.removeTitle')}
        disabled={last}
        onClick={(event) => {
          event.stopPropagation();
          removeOptimizer(index);
        }}
      >
        <RunCardIcon name="remove" />
      </IconButton>
    </div>
  );
});
