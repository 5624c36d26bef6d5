/**
 * The step inspector (issue 5, point 5): for the selected run at the cursor, the update rule of
 * its optimizer typeset with KaTeX, and the numbers of that step per coordinate: g, the state,
 * the derived quantities (m̂, v̂, …), the step Δθ and the effective learning rate |Δθ/g|.
 * The numbers come from the lab worker (src/core/inspect.ts); this only draws them.
 */
import type { CSSProperties } from 'react';
import { OPTIMIZER_TITLES } from '../../core/optimizers';
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

export default function InspectorCard() {
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
      aria-label="Step inspector"
      style={{ '--run-color': color } as CSSProperties}
    >
      <header className="inspector__header">
        <h2 className="inspector__title" data-testid="inspector-title">
          {inspection ? (
            <>
              Step <span data-testid="inspector-step">{inspection.step}</span> →{' '}
              {inspection.step + 1} · {OPTIMIZER_TITLES[inspection.optimizer.type]}
            </>
          ) : (
            'Step inspector'
          )}
        </h2>
        <button
          type="button"
          className="button button--icon inspector__close"
          aria-label="Close the step inspector"
          title="Close"
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
      {state.status === 'loading' && <p className="inspector__message">Computing the step…</p>}
      {state.status === 'ready' && !inspection && (
        <p className="inspector__message">
          This run has no step to inspect: its start is out of bounds.
        </p>
      )}

      {inspection && optimizer && (
        <>
          {spec?.label && <p className="inspector__run">{spec.label}</p>}
          {inspection.step + 1 < cursor && (
            <p className="inspector__note">
              The run stopped at step {inspection.step + 1}; this is its last step.
            </p>
          )}
          {inspection.diverges && (
            <p className="inspector__warning">
              This step leaves the bounds: the run diverges here.
            </p>
          )}
          <div className="inspector__rule">
            <Tex
              className="inspector__formula"
              tex={ruleTex(optimizer, cycledMomentum)}
              plain={`${OPTIMIZER_TITLES[optimizer.type]} update rule`}
              display
            />
            <span className="inspector__cite">
              OPTIMIZERS.md {RULES[ruleKey(optimizer, cycledMomentum)].section}
            </span>
          </div>
          <ul className="inspector__scalars" aria-label="This step's scalars">
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
                ? 'ρₜ > 5: the rectified, adaptive step.'
                : 'ρₜ ≤ 5: the variance estimate is not trusted yet, a plain momentum step (warm-up).'}
            </p>
          )}
          <InspectorTable inspection={inspection} />
          <p className="inspector__footnote">
            <Tex tex="\lvert\Delta\theta/g\rvert" plain="|Δθ/g|" /> is the learning rate plain
            gradient descent would need to take the same step along that coordinate (— where g = 0).
            ↑ marks a coordinate that moved uphill.
          </p>
        </>
      )}
    </section>
  );
}
