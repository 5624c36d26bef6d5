/**
 * The landscape's "Export" menu (issue 7, point 4): the landscape as PNG or SVG, the animation
 * as a WebM video, and every run's trajectory as CSV or JSON. Errors are said beside the button.
 */
import { Suspense, useRef, useState } from 'react';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { useEngine } from '../engine-context';
import { ExportMenuButton, type ExportItem } from './ExportMenuButton';
import { DownloadIcon } from './icons';
import { loadExportActions } from './load-actions';
import { onDemand, preload } from '../lazy/on-demand';
import { LazyFallback, lazyPart } from '../lazy/lazy-part';
import './ExportMenu.css';

// The code that builds files (and records the video) loads on first use, or as a pointer or the
// focus reaches the button: the first view shows the button only (issue 8).
const loadVideoPanel = onDemand(() => import('./VideoPanel'));
const VideoPanel = lazyPart(loadVideoPanel, (m) => m.VideoPanel);
const preloadAll = () => {
  preload(loadExportActions);
  preload(loadVideoPanel);
};

/** The menu's items: their words are `export.<id>` and `export.<id>Hint` (src/i18n/en-classroom.ts). */
const ITEMS = [
  { id: 'png' },
  { id: 'svg' },
  { id: 'video', separated: true },
  { id: 'csv', separated: true },
  { id: 'json' },
] as const;

export function ExportMenu() {
  const t = useT();
  const { engine } = useEngine();
  const embed = useApp((s) => s.embed);
  // Predict-then-reveal: the exports would show the trajectories the class is guessing.
  const predicting = useApp((s) => s.predicting);
  const anchor = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [videoOpen, setVideoOpen] = useState(false);
  if (embed || predicting) return null;

  // The tools row sits above the surface (not in it): find the surface through the panel.
  const root = () =>
    anchor.current?.closest('.landscape')?.querySelector<HTMLElement>('.landscape__surface') ??
    null;

  const pick = async (id: string) => {
    setError(null);
    if (id === 'video') {
      setVideoOpen(true);
      return;
    }
    setBusy(true);
    try {
      const { exportLandscape, exportTrajectories } = await loadExportActions();
      if (id === 'csv' || id === 'json') exportTrajectories(id);
      else {
        const element = root();
        if (!element) throw new Error(t('export.notDrawn'));
        await exportLandscape(id === 'svg' ? 'svg' : 'png', element, engine);
      }
    } catch (reason) {
      setError(
        t('export.failed', { reason: reason instanceof Error ? reason.message : String(reason) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu-host" ref={anchor} onPointerEnter={preloadAll} onFocus={preloadAll}>
      <ExportMenuButton
        menuLabel={t('export.menu')}
        title={t('export.title')}
        items={ITEMS.map((item): ExportItem => ({
          ...item,
          label: t(`export.${item.id}`),
          hint: t(`export.${item.id}Hint`),
        }))}
        onPick={(id) => void pick(id)}
        busy={busy}
        testId="export-menu"
      >
        <DownloadIcon />
        {t('export.button')}
      </ExportMenuButton>
      {error && (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      )}
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
