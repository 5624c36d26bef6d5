/**
 * Drop a file anywhere on the app to open it (docs/lessons.md, "Opening a lesson"): a lesson
 * file in the player, a scenario file as Share → Import opens it. While a file is dragged over
 * the window an overlay says what may be dropped; it takes no pointer events (the page under it
 * works as ever) and goes on leaving, dropping or Escape. The reading code (open-drop.ts, with
 * the lesson and scenario readers) loads on the first drag, not with the first view (issue 8).
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { appStore } from '../../state/store';
import { onDemand, preload } from '../lazy/on-demand';
import { LineIcon } from '../svg-icon';
import './DropZone.css';

const loadOpener = onDemand(() => import('./open-drop'));

/** A drag that carries files (not a text selection or a link dragged within the page). */
const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: the overlay goes when they balance.
    let depth = 0;
    const hide = () => {
      depth = 0;
      setDragging(false);
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
      preload(loadOpener);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // the browser would otherwise leave the app to show the file
      hide();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      loadOpener()
        .then(({ openDroppedFiles }) => openDroppedFiles(appStore, files))
        .catch(() => appStore.getState().setNotice(t('drop.loadFailed')));
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    const off = [
      listen('dragenter', enter),
      listen('dragleave', leave),
      listen('dragover', over),
      listen('drop', drop),
      listen('dragend', hide),
      listen('keydown', key),
    ];
    return () => off.forEach((remove) => remove());
  }, [t]);
  if (!dragging) return null;
  return (
    <div className="drop-zone" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-zone__card">
        {/* A page with an arrow into it: a file going in. */}
        <LineIcon
          className="drop-zone__icon"
          size={48}
          strokeWidth={3}
          d="M14 6H10a3 3 0 0 0-3 3v30a3 3 0 0 0 3 3h28a3 3 0 0 0 3-3V9a3 3 0 0 0-3-3h-4M24 4v22M16 18l8 8 8-8M14 34h20"
        />
        <p className="drop-zone__title">{t('drop.overlay')}</p>
        <ul className="drop-zone__kinds">
          <li>{t('drop.overlayLesson')}</li>
          <li>{t('drop.overlayScenario')}</li>
        </ul>
      </div>
    </div>
  );
}

/** Listens on the window for `type`; returns what stops it. */
function listen<K extends keyof WindowEventMap>(
  type: K,
  listener: (event: WindowEventMap[K]) => void,
): () => void {
  window.addEventListener(type, listener);
  return () => window.removeEventListener(type, listener);
}
