/**
 * A run's reset button: a small menu (the menu button pattern of src/ui/a11y/use-menu-button.ts)
 * with the two places a run can go back to, each with the values it would get: the preset's or
 * link's values the run was opened with (src/state/run-origins.ts), and PyTorch's defaults. A
 * run added since it was opened has only the second.
 */
import type { OptimizerSpec, OptimizerType } from '../../scenario/types';
import { useApp, useAppShallow } from '../../state/store';
import { useT } from '../../i18n';
import { useMenuButton } from '../a11y/use-menu-button';
import { originFor, resetToDefaults, resetToOrigin } from '../../state/run-origins';
import { runValuesText } from './run-values';
import { RunCardIcon } from './icons';
import { MenuItem } from '../a11y/MenuItem';
import { IconButton } from '../forms/IconButton';
import './ResetMenu.css';

interface ResetValues {
  origin: string | null;
  defaults: string | null;
}

const NO_VALUES: ResetValues = { origin: null, defaults: null };

/**
 * The values each item would give, as text. The selector runs on every change of the store, and
 * a reset's clone and formatting cost about 50 µs. Neither text depends on the run's own values
 * (runValuesText reads the type and the numbers; a reset takes them all from the origin or the
 * defaults), so each is kept per origin object and per type: a slider's input, which makes a new
 * spec, finds both made.
 */
const originTexts = new WeakMap<OptimizerSpec, string>();
const defaultsTexts = new Map<OptimizerType, string>();

function resetValues(spec: OptimizerSpec | undefined, origin: OptimizerSpec | null): ResetValues {
  if (!spec) return NO_VALUES;
  let originText = origin ? originTexts.get(origin) : null;
  if (origin && originText === undefined) {
    originText = runValuesText(resetToOrigin(spec, origin));
    originTexts.set(origin, originText);
  }
  let defaults = defaultsTexts.get(spec.type);
  if (defaults === undefined) {
    defaults = runValuesText(resetToDefaults(spec));
    defaultsTexts.set(spec.type, defaults);
  }
  return { origin: originText ?? null, defaults };
}

export function ResetMenu({ index }: { index: number }) {
  const t = useT();
  // The items' values as text, not the spec: a slider's α changes neither (a run goes back to
  // its origin's or the defaults' values), so the card's input does not render this menu.
  const values = useAppShallow((s) => {
    const spec = s.scenario.optimizers[index];
    return resetValues(spec, spec ? originFor(s.runOrigins, index, spec) : null);
  });
  const resetOptimizer = useApp((s) => s.resetOptimizer);
  const { buttonProps, menuProps, close } = useMenuButton(false);
  // IconButton takes its element's ref as `buttonRef` (React 18 keeps `ref` from a component's
  // props): without it the menu could not be placed by its button, and opened at the page's corner.
  const { ref: buttonRef, ...resetButtonProps } = buttonProps;
  if (values.defaults === null) return null;

  const pick = (to: 'origin' | 'defaults') => {
    close(true);
    resetOptimizer(index, to);
  };
  const items = [
    ...(values.origin !== null
      ? [{ to: 'origin' as const, label: t('runs.resetOrigin'), values: values.origin }]
      : []),
    { to: 'defaults' as const, label: t('runs.resetDefaults'), values: values.defaults },
  ];

  return (
    <div className="reset-menu">
      <IconButton
        {...resetButtonProps}
        buttonRef={buttonRef}
        className="run-actions__button"
        label={t('runs.reset')}
        title={t('runs.resetTitle')}
        data-testid={`reset-run-${index}`}
      >
        <RunCardIcon name="reset" />
      </IconButton>
      <div
        {...menuProps}
        aria-label={t('runs.resetMenu', { n: index + 1 })}
        className="top-layer popover menu reset-menu__menu"
      >
        {items.map((item) => (
          <MenuItem
            key={item.to}
            className="reset-menu__item"
            data-reset={item.to}
            onClick={() => pick(item.to)}
          >
            <span className="menu__label reset-menu__label">{item.label}</span>
            {/* The values the run would get: what the choice means, in numbers. */}
            <span className="menu__hint reset-menu__hint numeric">{item.values}</span>
          </MenuItem>
        ))}
      </div>
    </div>
  );
}
