/**
 * The landscape's Legend button (in its tools row) and the legend it opens (LegendPopover).
 * The "?" key opens the same legend (src/ui/timeline/shortcuts.ts). The legend's code loads on
 * its first opening, or as a pointer or the focus reaches the button (issue 17: the first view
 * shows the button only).
 */
import { Suspense, useRef } from 'react';
import { useT } from '../../i18n';
import { useLegend } from './legend-store';
import { onDemand, preload } from '../lazy/on-demand';
import { LazyFallback, lazyPart } from '../lazy/lazy-part';
import './Legend.css';

const loadPopover = onDemand(() => import('./LegendPopover'));
const LegendPopover = lazyPart(loadPopover, (m) => m.LegendPopover);
const preloadPopover = () => preload(loadPopover);

export function LegendButton() {
  const t = useT();
  const open = useLegend((s) => s.open);
  const toggle = useLegend((s) => s.toggle);
  const host = useRef<HTMLSpanElement>(null);
  return (
    <span className="legend-host" ref={host}>
      <button
        type="button"
        className="button legend-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        title={t('legend.buttonTitle')}
        onClick={toggle}
        onPointerEnter={preloadPopover}
        onFocus={preloadPopover}
      >
        <span className="legend-button__icon" aria-hidden="true">
          ?
        </span>
        {t('legend.button')}
      </button>
      {open && (
        <Suspense fallback={<LazyFallback />}>
          <LegendPopover anchor={host} />
        </Suspense>
      )}
    </span>
  );
}
