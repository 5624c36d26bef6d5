/**
 * The step inspector (issue 5, point 5): for the selected run at the cursor, the update rule of
 * its optimizer typeset with KaTeX, and the numbers of that step per coordinate: g, the state,
 * the derived quantities (m̂, v̂, …), the step Δθ and the effective learning rate |Δθ/g|.
 * The numbers come from the lab worker (src/core/inspect.ts); this only draws them. The frame
 * and its placement are InspectorPanel's; here a header, a body that scrolls, and a foot that
 * always shows (the footnote and the link to the rule's section of docs/optimizers.md).
 */
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { formatNumber } from './format';
import { ruleTex } from './formulas';
import { InspectorLoading } from './InspectorLoading';
import { InspectorSymbols } from './InspectorSymbols';
import { InspectorTable } from './InspectorTable';
import { InspectorCurvature } from './InspectorCurvature';
import { inspectorScalars } from './rows';
import { optimizerDocHref } from './doc-link';
import { optimizerModule } from '../../core/optimizers/registry';
import { Tex, useKatexState } from './Tex';
import { useInspection } from './use-inspection';
import { IconButton } from '../forms/IconButton';
import './InspectorPanel.css';
import { useT } from '../../i18n';
import '../../i18n/en-inspect'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-code'; // its words load with this chunk (docs/i18n.md)
import { optimizerTitle } from '../../i18n/text';
import { openCode } from '../code/open-code';

export default function InspectorCard() {
  const t = useT();
  const state = useInspection();
  const { settled } = useKatexState();
  const setOpen = useApp((s) => s.setInspectorOpen);
  const cursor = useApp(effectiveCursor);
  const language = useApp((s) => s.lang);
  const inspection = state.status === 'ready' ? state.inspection : null;
  const spec = useApp((s) =>
    inspection ? s.scenario.optimizers[inspection.runIndex] : s.scenario.optimizers[s.selectedRun],
  );
  const optimizer = inspection?.optimizer;
  const cycledMomentum =
    inspection?.cycled?.name === 'momentum' ? inspection.cycled.value : undefined;
  // The first opening waits for KaTeX and the first inspection together, behind one sign.
  const loading = state.status === 'loading' || !settled;

  return (
    <>
      <header className="inspector__header">
        <h2 className="inspector__title" data-testid="inspector-title">
          {inspection && !loading ? (
            <>
              {t('inspector.stepBefore')}
              <span data-testid="inspector-step">{inspection.step}</span>
              {t('inspector.stepAfter')} → {inspection.step + 1} ·{' '}
              {optimizerTitle(inspection.optimizer.type)}
            </>
          ) : (
            t('inspector.title')
          )}
        </h2>
        <IconButton
          className="inspector__close"
          label={t('inspector.close')}
          title={t('inspector.closeTitle')}
          onClick={() => setOpen(false)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M4 4l8 8M12 4l-8 8"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
        </IconButton>
      </header>

      {loading && <InspectorLoading />}
      {!loading && state.status === 'error' && (
        <p className="inspector__message">{state.message}</p>
      )}
      {!loading && state.status === 'ready' && !inspection && (
        <p className="inspector__message">{t('inspector.noStep')}</p>
      )}

      {!loading && inspection && optimizer && (
        <>
          <div className="inspector__body">
            {spec?.label && <p className="inspector__run">{spec.label}</p>}
            {inspection.step + 1 < cursor && (
              <p className="inspector__note">
                {t('inspector.stopped', { step: inspection.step + 1 })}
              </p>
            )}
            {inspection.diverges && <p className="inspector__warning">{t('inspector.diverges')}</p>}
            <div className="inspector__rule">
              <Tex
                className="inspector__formula"
                tex={ruleTex(optimizer, cycledMomentum)}
                plain={t('inspector.rule', { optimizer: optimizerTitle(optimizer.type) })}
                display
              />
            </div>
            <ul className="inspector__scalars" aria-label={t('inspector.scalars')}>
              {inspectorScalars(inspection).map((s) => (
                <li key={s.key} className="inspector__scalar">
                  <Tex tex={s.tex} plain={s.plain} /> ={' '}
                  <span className="numeric" data-testid={`inspector-scalar-${s.key}`}>
                    {formatNumber(s.value)}
                  </span>
                </li>
              ))}
            </ul>
            {inspection.derived.scalars.rectified !== undefined && (
              <p className="inspector__note">
                {inspection.derived.scalars.rectified
                  ? t('inspector.rectified')
                  : t('inspector.warmup')}
              </p>
            )}
            <InspectorCurvature inspection={inspection} />
            <InspectorTable inspection={inspection} />
            <InspectorSymbols inspection={inspection} />
          </div>
          <footer className="inspector__foot">
            <p className="inspector__footnote" data-testid="inspector-footnote">
              <Tex tex="\lvert\Delta\theta/g\rvert" plain="|Δθ/g|" /> {t('inspector.footnote')}
            </p>
            <div className="inspector__links">
              <a
                className="inspector__doc"
                data-testid="inspector-doc"
                href={optimizerDocHref(optimizerModule(optimizer.type).docAnchor, language)}
                target="_blank"
                rel="noopener"
                title={t('inspect.docTitle', { optimizer: optimizerTitle(optimizer.type) })}
              >
                {t('inspect.doc', { optimizer: optimizerTitle(optimizer.type) })} ↗
              </a>
              <button
                type="button"
                className="inspector__code"
                data-testid="inspector-code"
                title={t('code.openTitle')}
                onClick={() => openCode('numpy')}
              >
                {t('code.open')}
              </button>
            </div>
          </footer>
        </>
      )}
    </>
  );
}
