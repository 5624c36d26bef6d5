/**
 * One run's row in a chart's hover readout (the loss chart's, the sweep's): its colour dot, its
 * name and its value there. Classes `plot-readout__…` (styles/plot.css) beside the chart's own
 * `<block>__hover-…`.
 */
import type { ReactNode } from 'react';

interface ReadoutRowProps {
  block: string;
  color: string;
  name: string;
  /** Digits get the tabular `numeric` figures; a sentence does not. */
  numeric?: boolean;
  children: ReactNode;
}

export function ReadoutRow({ block, color, name, numeric = false, children }: ReadoutRowProps) {
  return (
    <div className={`plot-readout__row ${block}__hover-row`}>
      <span className={`plot-readout__dot ${block}__hover-dot`} style={{ background: color }} />
      <span className={`plot-readout__name ${block}__hover-name`}>{name}</span>
      <span className={`plot-readout__value ${block}__hover-value${numeric ? ' numeric' : ''}`}>
        {children}
      </span>
    </div>
  );
}
