/**
 * The hover read-out of a chart against step (the loss chart's, the λmax chart's): a box titled
 * with the step, over one ReadoutRow per run. Classes `plot-readout…` (styles/plot.css) beside
 * the chart's own `<block>__hover…`, which places it.
 */
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export function StepReadout({
  block,
  testId,
  step,
  title,
  children,
}: {
  block: string;
  testId: string;
  step: number;
  /** The title where the x axis counts something else than steps (evaluations of f). */
  title?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className={`plot-readout ${block}__hover`} data-testid={testId}>
      <div className={`plot-readout__title ${block}__hover-step numeric`}>
        {title ?? t('chart.step', { step: step.toLocaleString('en-US') })}
      </div>
      {children}
    </div>
  );
}
