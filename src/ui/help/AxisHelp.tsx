/**
 * The loss chart's axis name in plain words (issue 14 §5): a HelpTip placed just after the SVG
 * axis name ("f − f*  log scale", "f  symlog scale", "‖∇f‖  log scale"), saying what the
 * quantity is and what the scale does. None on the accuracy axis (a percentage needs none).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { ChartAxisSpec } from '../../plot/chart-scale';
import { useT } from '../../i18n';
import { HelpTip } from './HelpTip';

interface AxisHelpProps {
  axis: ChartAxisSpec;
  /** The chart's container, in which the axis name (data-testid="loss-chart-axis") is drawn. */
  container: RefObject<HTMLElement | null>;
  /** The chart's width: the axis name is measured again when it changes. */
  width: number;
}

export function AxisHelp({ axis, container, width }: AxisHelpProps) {
  const t = useT();
  const host = useRef<HTMLSpanElement>(null);
  const lang = t('jargon.about', { term: '' });

  // After the axis name: measured from the drawn text, whose width depends on the words shown.
  // Written on the element before the browser paints it.
  // Again whenever the name's drawn size changes without a render of ours (presentation mode's
  // larger type, fonts arriving): a ResizeObserver on the SVG text.
  useLayoutEffect(() => {
    const name = container.current?.querySelector('[data-testid="loss-chart-axis"]');
    if (!name) return;
    const place = () => {
      const box = container.current?.getBoundingClientRect();
      if (!box || !host.current) return;
      host.current.style.left = `${name.getBoundingClientRect().right - box.left + 6}px`;
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(name);
    return () => observer.disconnect();
  }, [container, axis.kind, axis.label, width, lang]);

  if (axis.kind === 'percent') return null;
  const [term, text] =
    axis.kind === 'symlog'
      ? ['symlog', `${t('jargon.fSymlog')} ${t('jargon.symlog')}`]
      : axis.label === 'f − f*'
        ? ['f − f*', `${t('jargon.fGap')} ${t('jargon.logAxis')}`]
        : [axis.label, `${t('jargon.gradNorm')} ${t('jargon.logAxis')}`];
  return (
    <span className="axis-help" ref={host}>
      <HelpTip term={term} text={text} testId="help-chart-axis" />
    </span>
  );
}
