/**
 * The chart panel's export button: the current tab's chart as PNG or SVG, with a title and a
 * legend. An icon button at the end of the panel's header.
 */
import { useRef, useState } from 'react';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import type { ChartTab } from '../charts/tabs';
import { ExportMenuButton, type ExportItem } from './ExportMenuButton';
import { DownloadIcon } from './icons';
import { loadExportActions } from './load-actions';
import { preload } from '../lazy/on-demand';
import './ExportMenu.css';

export function ChartExportMenu({ tab }: { tab: ChartTab }) {
  // Its words are under `export.chart*` (src/i18n/en-classroom.ts).
  const t = useT();
  const items: ExportItem[] = [
    { id: 'png', label: t('export.chartPng'), hint: t('export.pngHint') },
    { id: 'svg', label: t('export.chartSvg'), hint: t('export.chartSvgHint') },
  ];
  const embed = useApp((s) => s.embed);
  // Predict-then-reveal: a picture of the curves would give the answer away.
  const predicting = useApp((s) => s.predicting);
  const anchor = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (embed || predicting) return null;

  const pick = async (id: string) => {
    setError(null);
    const body = anchor.current
      ?.closest('.chart-panel')
      ?.querySelector<HTMLElement>('.chart-panel__body');
    if (!body) return;
    setBusy(true);
    try {
      const { exportChart } = await loadExportActions();
      await exportChart(id === 'svg' ? 'svg' : 'png', body, tab);
    } catch (reason) {
      setError(
        t('export.failed', { reason: reason instanceof Error ? reason.message : String(reason) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="export-menu-host export-menu-host--chart"
      ref={anchor}
      // The code that draws the picture loads as a pointer or the focus reaches the button.
      onPointerEnter={() => preload(loadExportActions)}
      onFocus={() => preload(loadExportActions)}
    >
      <ExportMenuButton
        label={t('export.chartButton', { chart: tab.title })}
        title={t('export.chartButton', { chart: tab.title })}
        menuLabel={t('export.chartMenu')}
        items={items}
        onPick={(id) => void pick(id)}
        busy={busy}
        chevron={false}
        className="export-menu--icon"
        testId="chart-export-menu"
      >
        <DownloadIcon />
      </ExportMenuButton>
      {error && (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
