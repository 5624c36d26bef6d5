/**
 * The landscape tools' "Arrows" button (docs/arrows.md): a popover (light dismiss and Escape by
 * the browser, as the colour swatch's) with a checkbox per arrow kind, the local quadratic model
 * (docs/curvature-views.md; offered, disabled with its reason, for a model's slice) and the runs
 * they are drawn for. The choices live in the view state and the link (`arrows=`).
 */
import { useT } from '../../i18n';
import { anyArrow, ARROW_KINDS } from '../../state/arrow-settings';
import { useAppShallow } from '../../state/store';
import { modelAvailable } from './use-model-target';
import { AXIS_UNIT_PX } from '../../plot/quadratic-axes';
import { usePopoverDialog } from '../a11y/use-popover-dialog';
import { LineIcon } from '../svg-icon';
import './ArrowsMenu.css';

export function ArrowsMenu() {
  const t = useT();
  const { arrows, setArrows, curvature } = useAppShallow((s) => ({
    arrows: s.arrows,
    setArrows: s.setArrows,
    curvature: modelAvailable(s.scenario.problem),
  }));
  const { popover, trigger, dialog } = usePopoverDialog('end', {
    onToggle: (event) => {
      if (event.newState === 'open') popover.current?.querySelector<HTMLElement>('input')?.focus();
    },
  });
  const on = anyArrow(arrows);
  return (
    <>
      <button
        {...trigger}
        type="button"
        className={`button arrows-menu__button${on ? ' arrows-menu__button--on' : ''}`}
        title={t('arrows.buttonTitle')}
        data-testid="arrows-button"
      >
        <ArrowIcon />
        {t('arrows.button')}
      </button>
      <div
        {...dialog}
        aria-label={t('arrows.menu')}
        className="top-layer popover arrows-menu"
        data-testid="arrows-menu"
      >
        <fieldset className="arrows-menu__group">
          <legend className="arrows-menu__legend">{t('arrows.menu')}</legend>
          {ARROW_KINDS.map((kind) => (
            <label key={kind} className={`arrows-menu__option arrows-menu__option--${kind}`}>
              <input
                type="checkbox"
                checked={arrows[kind]}
                onChange={(event) => setArrows({ [kind]: event.target.checked })}
                data-testid={`arrows-toggle-${kind}`}
              />
              <span className="arrows-menu__swatch" aria-hidden="true" />
              {t(`arrows.${kind}`)}
            </label>
          ))}
          <label
            className="arrows-menu__option arrows-menu__option--model"
            title={t('curvatureView.modelTitle')}
          >
            <input
              type="checkbox"
              checked={curvature && arrows.model === true}
              disabled={!curvature}
              onChange={(event) => setArrows({ model: event.target.checked })}
              aria-describedby={`${dialog.id}-model-note`}
              data-testid="arrows-toggle-model"
            />
            <span className="arrows-menu__swatch" aria-hidden="true" />
            {t('curvatureView.model')}
          </label>
          {curvature ? (
            <p id={`${dialog.id}-model-note`} className="arrows-menu__reason">
              {t('curvatureView.modelNote', { unit: AXIS_UNIT_PX })}
            </p>
          ) : (
            <p
              id={`${dialog.id}-model-note`}
              className="arrows-menu__reason"
              data-testid="arrows-model-reason"
            >
              {t('curvatureView.modelUnavailable')}
            </p>
          )}
        </fieldset>
        <fieldset className="arrows-menu__group arrows-menu__group--runs">
          <legend className="arrows-menu__legend">{t('arrows.runs')}</legend>
          {([false, true] as const).map((all) => (
            <label key={String(all)} className="arrows-menu__option">
              <input
                type="radio"
                name={`${dialog.id}-runs`}
                checked={arrows.allRuns === all}
                onChange={() => setArrows({ allRuns: all })}
                data-testid={all ? 'arrows-all-runs' : 'arrows-selected-run'}
              />
              {t(all ? 'arrows.allRuns' : 'arrows.selectedRun')}
            </label>
          ))}
        </fieldset>
        <p className="arrows-menu__note">{t('arrows.scale')}</p>
      </div>
    </>
  );
}

function ArrowIcon() {
  return (
    <LineIcon
      className="arrows-menu__icon"
      size={14}
      strokeWidth={1.8}
      roundEnds={false}
      d="M2 12L11 3M11 3H5.5M11 3V8.5"
    />
  );
}
