/**
 * Where the 3D view goes in the landscape, and the switch between the views (issue 19;
 * docs/3d.md). Part of the first view's code, so kept to a few lines: the 3D view itself, with
 * ogl, is a chunk loaded when it is first shown (or a moment before, when the pointer or the
 * focus reaches the switch's 3D buttons).
 */
import { Suspense } from 'react';
import { useT } from '../../i18n';
import { LANDSCAPE_VIEWS, type LandscapeView } from '../../state/landscape-3d';
import { useAppShallow } from '../../state/store';
import { onDemand, preload } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import './Landscape3dSlot.css';

const load3d = onDemand(() => import('./Landscape3d'));
const Landscape3d = lazyPart(load3d, (m) => m.Landscape3d);

/** The 3D view, in the landscape's place (`alone`) or beside the 2D view. */
export function Landscape3dSlot({ alone }: { alone: boolean }) {
  const t = useT();
  return (
    <div className="landscape__3d">
      <Suspense fallback={<p className="landscape__3d-loading">{t('landscape3d.drawing')}</p>}>
        <Landscape3d alone={alone} />
      </Suspense>
    </div>
  );
}

const NAMES = { '2d': 'view2d', '3d': 'view3d', split: 'split' } as const;

/** 2D, 3D or both: three buttons, the one shown pressed. */
export function ViewToggle() {
  const t = useT();
  const { view, setView } = useAppShallow((s) => ({
    view: s.landscapeView,
    setView: s.setLandscapeView,
  }));
  const warm = () => preload(load3d);
  return (
    <div className="view-toggle" role="group" aria-label={t('landscape3d.views')}>
      {LANDSCAPE_VIEWS.map((option: LandscapeView) => (
        <button
          key={option}
          type="button"
          className="view-toggle__option"
          aria-pressed={view === option}
          title={t(`landscape3d.${NAMES[option]}Title`)}
          onClick={() => setView(option)}
          onPointerEnter={option === '2d' ? undefined : warm}
          onFocus={option === '2d' ? undefined : warm}
        >
          {t(`landscape3d.${NAMES[option]}`)}
        </button>
      ))}
    </div>
  );
}
