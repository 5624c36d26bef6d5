/**
 * The landscape's "Export" menu (issue 7, point 4): the landscape as PNG or SVG, the animation
 * as a WebM video, every run's trajectory as CSV or JSON, and the view as a Python script (the
 * Code dialog, issue 18). Errors are said beside the button.
 */
import { Suspense, useRef, useState } from 'react';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { useEngine } from '../engine-context';
import { ExportMenuButton, type ExportItem } from './ExportMenuButton';
import { ExportError, useExportJob } from './export-job';
import { DownloadIcon } from './icons';
import { loadExportActions } from './load-actions';
import { onDemand, preload } from '../lazy/on-demand';
import { LazyFallback, lazyPart } from '../lazy/lazy-part';
import './ExportMenu.css';
import { openCode } from '../code/open-code';
import { loadCodeDialog } from '../code/CodeDialogHost';

// The code that builds files (and records the video) loads on first use, or as a pointer or the
// focus reaches the button: the first view shows the button only (issue 8).
const loadVideoPanel = onDemand(() => import('./VideoPanel'));
const VideoPanel = lazyPart(loadVideoPanel, (m) => m.VideoPanel);
const preloadAll = () => {
  preload(loadExportActions);
  preload(loadVideoPanel);
  preload(loadCodeDialog);
};

/** The menu's items: their words are `export.<id>` and `export.<id>Hint` (src/i18n/en-classroom.ts). */
const ITEMS = [
  { id: 'png' },
  { id: 'svg' },
  { id: 'video', separated: true },
  { id: 'csv', separated: true },
  { id: 'json' },
  { id: 'code', separated: true },
] as const;

export function ExportMenu() {
  const t = useT();
  const { engine } = useEngine();
  // Not in an embed. While predicting it is kept hidden and inert by the landscape's tools
  // (Landscape.tsx): the exports would show the trajectories the class is guessing.
  const hidden = useApp((s) => s.embed);
  const anchor = useRef<HTMLDivElement>(null);
  const { busy, error, clearError, run } = useExportJob();
  const [videoOpen, setVideoOpen] = useState(false);
  if (hidden) return null;

  // The tools row sits above the surface (not in it): find the surface through the panel.
  const root = () =>
    anchor.current?.closest('.landscape')?.querySelector<HTMLElement>('.landscape__surface') ??
    null;

  const pick = async (id: string) => {
    clearError();
    if (id === 'video') {
      setVideoOpen(true);
      return;
    }
    if (id === 'code') {
      openCode();
      return;
    }
    await run(async () => {
      const { exportLandscape, exportTrajectories } = await loadExportActions();
      if (id === 'csv' || id === 'json') exportTrajectories(id);
      else {
        const element = root();
        if (!element) throw new Error(t('export.notDrawn'));
        await exportLandscape(id === 'svg' ? 'svg' : 'png', element, engine);
      }
    });
  };

  return (
    <div className="export-menu-host" ref={anchor} onPointerEnter={preloadAll} onFocus={preloadAll}>
      <ExportMenuButton
        menuLabel={t('export.menu')}
        title={t('export.title')}
        items={ITEMS.map((item): ExportItem =>
          item.id === 'code'
            ? { ...item, label: t('code.menuItem'), hint: t('code.menuHint') }
            : { ...item, label: t(`export.${item.id}`), hint: t(`export.${item.id}Hint`) },
        )}
        onPick={(id) => void pick(id)}
        busy={busy}
        testId="export-menu"
      >
        <DownloadIcon />
        {t('export.button')}
      </ExportMenuButton>
      <ExportError error={error} />
      {videoOpen && (
        <Suspense fallback={<LazyFallback />}>
          <VideoPanel
            anchor={anchor}
            root={root}
            engine={engine}
            onClose={() => {
              setVideoOpen(false);
              anchor.current?.querySelector<HTMLElement>('.export-menu__button')?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
