/**
 * The inspected step's curvature (issue 20; docs/curvature-views.md): λmax and λmin of the Hessian
 * at θₖ, α·λmax (the preconditioned λmax for the adaptive types) against the optimizer's limit,
 * and what the step does there in words — stable, oscillating or diverging — with one line on
 * why. The numbers are the worker's (src/core/step-curvature.ts). A model's landscape is a 2D
 * slice: its curvature is the Curvature chart's, and this says so.
 */
import type { InspectedStep } from '../../engine/worker-inspect';
import type { StepCurvature } from '../../core/step-curvature';
import type { OptimizerSpec } from '../../scenario/types';
import { useT } from '../../i18n';
import '../../i18n/en-curvature-view'; // its words load with this chunk (docs/i18n.md)
import { formatNumber } from './format';
import { Tex } from './Tex';
import './InspectorCurvature.css';

type T = ReturnType<typeof useT>;

export function InspectorCurvature({ inspection }: { inspection: InspectedStep }) {
  const t = useT();
  if (inspection.theta.length > 2)
    return (
      <p className="inspector__note" data-testid="inspector-curvature-model">
        {t('curvatureView.inspector.model')}
      </p>
    );
  const curvature = inspection.curvature;
  if (!curvature) return null;
  const { limit, regime } = curvature;
  const preconditioned = limit.on === 'preconditioned';
  // The limit on α·λ: the factor, lowered by α·wd where L2 weight decay shifts every λ.
  const scaledLimit = curvature.lr * limit.limit;
  return (
    <section
      className="inspector__curvature"
      data-testid="inspector-curvature"
      data-regime={regime}
      aria-label={t('curvatureView.inspector.heading')}
    >
      <h3 className="inspector__curvature-heading">{t('curvatureView.inspector.heading')}</h3>
      <ul className="inspector__scalars">
        <Scalar tex="\lambda_{\max}" plain="λmax" id="lambda-max" value={curvature.lambdaMax} />
        <Scalar tex="\lambda_{\min}" plain="λmin" id="lambda-min" value={curvature.lambdaMin} />
        {preconditioned && (
          <Scalar
            tex="\lambda_{\max}(P^{-1}H)"
            plain="λmax(P⁻¹H)"
            id="lambda-preconditioned"
            value={curvature.preconditionedMax}
          />
        )}
        <Scalar
          tex={
            preconditioned ? '\\alpha\\,\\lambda_{\\max}(P^{-1}H)' : '\\alpha\\,\\lambda_{\\max}'
          }
          plain={preconditioned ? 'α·λmax(P⁻¹H)' : 'α·λmax'}
          id="scaled"
          value={curvature.scaled}
        />
        {Number.isFinite(scaledLimit) && (
          <li className="inspector__scalar">
            {t('curvatureView.inspector.limit')}{' '}
            <span className="numeric" data-testid="inspector-limit">
              {formatNumber(scaledLimit)}
            </span>
          </li>
        )}
      </ul>
      <p className="inspector__regime-line">
        <strong
          className={`inspector__regime inspector__regime--${regime}`}
          data-testid="inspector-regime"
        >
          {t(`curvatureView.inspector.regime.${regime}`)}
        </strong>
        {' — '}
        <span data-testid="inspector-regime-text">
          {explanation(t, curvature, scaledLimit, inspection.optimizer)}
        </span>
      </p>
      {curvature.lambdaMin < 0 && curvature.lambdaMax >= 0 && limit.family !== 'newton' && (
        <p className="inspector__note" data-testid="inspector-saddle">
          {t('curvatureView.inspector.saddle', { value: formatNumber(curvature.lambdaMin) })}
        </p>
      )}
      {preconditioned && (
        <p className="inspector__note">
          <Tex tex="P^{-1}H" plain="P⁻¹H" />: {t('curvatureView.inspector.preconditioned')}
        </p>
      )}
    </section>
  );
}

function Scalar({
  tex,
  plain,
  id,
  value,
}: {
  tex: string;
  plain: string;
  id: string;
  value: number | null;
}) {
  return (
    <li className="inspector__scalar">
      <Tex tex={tex} plain={plain} /> ={' '}
      <span className="numeric" data-testid={`inspector-${id}`}>
        {formatNumber(value)}
      </span>
    </li>
  );
}

/**
 * The regime in one line. Plain gradient descent (without weight decay, whose shift moves its
 * marks off 1 and 2) gets its own sentences, which name the marks 1 and 2 and the growth factor
 * |1 − α·λmax|; every other case reads α·λ against its limit.
 */
function explanation(
  t: T,
  curvature: StepCurvature,
  scaledLimit: number,
  spec: OptimizerSpec,
): string {
  const { limit, regime, scaled, sharpness } = curvature;
  const value = formatNumber(scaled);
  if (limit.family === 'sign') return signExplanation(t, spec.type);
  if (limit.family === 'newton') return newtonExplanation(t, curvature, spec);
  if (limit.family === 'quasi-newton') return t('curvatureView.inspector.explain.lbfgs');
  if (sharpness < 0)
    return t('curvatureView.inspector.explain.concave', { value: formatNumber(sharpness) });
  if (limit.family === 'gd' && limit.on === 'hessian' && scaledLimit === limit.factor) {
    if (regime === 'stable') return t('curvatureView.inspector.explain.gdStable', { value });
    if (regime === 'oscillating')
      return t('curvatureView.inspector.explain.gdOscillating', { value });
    return t('curvatureView.inspector.explain.gdDiverging', {
      value,
      limit: formatNumber(limit.factor),
      growth: formatNumber(Math.abs(1 - scaled)),
    });
  }
  return t(`curvatureView.inspector.explain.${regime}`, {
    symbol: limit.on === 'preconditioned' ? 'α·λmax(P⁻¹H)' : 'α·λmax',
    value,
    limit: formatNumber(scaledLimit),
  });
}

/** Why a step of a sign-like type (no limit) ignores the curvature. */
function signExplanation(t: T, type: OptimizerSpec['type']): string {
  if (type === 'rprop') return t('curvatureView.inspector.explain.rprop');
  if (type === 'adafactor') return t('curvatureView.inspector.explain.adafactor');
  return t('curvatureView.inspector.explain.lion');
}

/**
 * Newton's step along H's eigenvectors: attracted to a saddle or leaving it (saddle-free) where
 * λmin < 0, else α·λ/(λ + δ) along λmax against 2 (src/core/curvature/stability.ts, `newton`).
 */
function newtonExplanation(t: T, curvature: StepCurvature, spec: OptimizerSpec): string {
  const { regime, lambdaMin, lambdaMax, lr } = curvature;
  const damping = spec.damping ?? 0;
  const saddleFree = spec.saddleFree === true;
  if (lambdaMin < 0 && regime === 'attracted')
    return t('curvatureView.inspector.explain.newtonAttracted', { value: formatNumber(lambdaMin) });
  if (lambdaMin < 0 && saddleFree)
    return t('curvatureView.inspector.explain.newtonEscapes', { value: formatNumber(lambdaMin) });
  const along = lambdaMin < 0 ? lambdaMin : lambdaMax;
  const value = formatNumber((lr * along) / ((saddleFree ? Math.abs(along) : along) + damping));
  if (regime === 'stable') return t('curvatureView.inspector.explain.newtonStable', { value });
  if (regime === 'oscillating')
    return t('curvatureView.inspector.explain.newtonOscillating', { value });
  return t('curvatureView.inspector.explain.newtonDiverging', { value });
}
