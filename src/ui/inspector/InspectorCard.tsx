/**
 * The step inspector (issue 5, point 5): for the selected run at the cursor, the update rule of
 * its optimizer typeset with KaTeX, and the numbers of that step per coordinate: g, the state,
 * the derived quantities (m̂, v̂, …), the step Δθ and the effective learning rate |Δθ/g|.
 * The numbers come from the lab worker (src/core/inspect.ts); this only draws them.
 */
import type { CSSProperties } from 'react';
import { runColor } from '../../plot/palette';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { formatNumber } from './format';
import { RULES, ruleKey, ruleTex } from './formulas';
import { useInspector } from './inspector-store';
import { InspectorTable } from './InspectorTable';
import { inspectorScalars } from './rows';
import { Tex } from './Tex';
import { useInspection } from './use-inspection';
import './InspectorPanel.css';
import { useT } from '../../i18n';
import { optimizerTitle } from '../../i18n/text';

export default function InspectorCard() {
  const t = useT();
  const state = useInspection();
  const setOpen = useInspector((s) => s.setOpen);
  const cursor = useApp(effectiveCursor);
  const inspection = state.status === 'ready' ? state.inspection : null;
  const spec = useApp((s) =>
    inspection ? s.scenario.optimizers[inspection.runIndex] : s.scenario.optimizers[s.selectedRun],
  );
  const color = runColor(spec?.color, inspection?.runIndex ?? 0);
  const optimizer = inspection?.optimizer;
  const cycledMomentum =
    inspection?.cycled?.name === 'momentum' ? inspection.cycled.value : undefined;

  return (
    <section
      className="panel inspector"
      aria-label={t('inspector.label')}
      style={{ '--run-color': color } as CSSProperties}
    >
      <header className="inspector__header">
        <h2 className="inspector__title" data-testid="inspector-title">
          {inspection ? (
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
        <button
          type="button"
          className="button button--icon inspector__close"
          aria-label={t('inspector.close')}
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
        </button>
      </header>

      {state.status === 'error' && <p className="inspector__message">{state.message}</p>}
      {state.status === 'loading' && <p className="inspector__message">{t('inspector.loading')}</p>}
      {state.status === 'ready' && !inspection && (
        <p className="inspector__message">{t('inspector.noStep')}</p>
      )}

      {inspection && optimizer && (
        <>
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
            <span className="inspector__cite">
              OPTIMIZERS.md {RULES[ruleKey(optimizer, cycledMomentum)].section}
            </span>
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
          <InspectorTable inspection={inspection} />
          <p className="inspector__footnote">
            <Tex tex="\lvert\Delta\theta/g\rvert" plain="|Δθ/g|" /> {t('inspector.footnote')}
          </p>
        </>
      )}
    </section>
  );
}
