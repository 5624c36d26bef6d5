/**
 * The chart panel's export button: the current tab's chart as PNG or SVG, with a title and a
 * legend. An icon button at the end of the panel's header.
 */
import { useRef } from 'react';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import type { ChartTab } from '../charts/tabs';
import { ExportMenuButton, type ExportItem } from './ExportMenuButton';
import { ExportError, useExportJob } from './export-job';
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
  // Not in an embed; nor while predicting: a picture of the curves would give the answer away.
  const hidden = useApp((s) => s.embed || s.predicting);
  const anchor = useRef<HTMLDivElement>(null);
  const { busy, error, clearError, run } = useExportJob();
  if (hidden) return null;

  const pick = async (id: string) => {
    clearError();
    const body = anchor.current
      ?.closest('.chart-panel')
      ?.querySelector<HTMLElement>('.chart-panel__body');
    if (!body) return;
    await run(async () => {
      const { exportChart } = await loadExportActions();
      await exportChart(id === 'svg' ? 'svg' : 'png', body, tab);
    });
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
      <ExportError error={error} />
    </div>
  );
}
