/**
 * A run's colour: a swatch button opening a small popover with the eight palette colours and a
 * free colour picker. Picking a palette colour closes it; the picker edits live.
 */
import { memo } from 'react';
import { useApp } from '../../state/store';
import { NAMED_RUN_COLORS, toColorInputValue } from './labels';
import { usePopoverDialog } from '../a11y/use-popover-dialog';
import './ColorSwatch.css';
import { useT } from '../../i18n';

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const ColorSwatch = memo(function ColorSwatch({
  index,
  color,
}: {
  index: number;
  color: string;
}) {
  const t = useT();
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  const { popover, trigger, dialog } = usePopoverDialog('start', {
    onToggle: (event) => {
      if (event.newState !== 'open') return;
      const chosen =
        popover.current?.querySelector<HTMLElement>('[aria-pressed="true"]') ??
        popover.current?.querySelector<HTMLElement>('button');
      chosen?.focus();
    },
  });
  const current = color.toLowerCase();

  return (
    <>
      <button
        {...trigger}
        type="button"
        className="color-swatch"
        aria-label={t('optimizers.colourOf', { n: index + 1 })}
        title={t('optimizers.changeColour')}
      >
        <span className="color-swatch__dot" style={{ background: color }} />
      </button>
      <div
        {...dialog}
        aria-label={t('optimizers.colourOf', { n: index + 1 })}
        className="top-layer popover color-swatch__popover"
      >
        <div className="color-swatch__grid">
          {NAMED_RUN_COLORS.map(({ color: option, name }) => (
            <button
              key={option}
              type="button"
              className="color-swatch__option"
              aria-label={t(`colour.${name}`)}
              aria-pressed={option.toLowerCase() === current}
              title={t(`colour.${name}`)}
              style={{ background: option }}
              onClick={() => {
                updateOptimizer(index, { color: option });
                popover.current?.hidePopover();
              }}
            />
          ))}
        </div>
        <label className="color-swatch__custom">
          <input
            type="color"
            value={toColorInputValue(color)}
            onChange={(event) => updateOptimizer(index, { color: event.target.value })}
          />
          {t('optimizers.customColour')}
        </label>
      </div>
    </>
  );
});
