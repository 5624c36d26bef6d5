/**
 * The landscape's Legend button (in its tools row) and the legend it opens (LegendPopover).
 * The "?" key opens the same legend (src/ui/timeline/shortcuts.ts).
 */
import { useRef } from 'react';
import { useT } from '../../i18n';
import { useLegend } from './legend-store';
import { LegendPopover } from './LegendPopover';
import './Legend.css';

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
      >
        <span className="legend-button__icon" aria-hidden="true">
          ?
        </span>
        {t('legend.button')}
      </button>
      {open && <LegendPopover anchor={host} />}
    </span>
  );
}
