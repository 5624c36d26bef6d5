/** Drop a scenario file anywhere on the page to open it; an overlay says so while dragging. */
import { useEffect, useState } from 'react';
import { appStore } from '../../state/store';
import { openScenarioFile } from './open-file';
import './DropImport.css';
import { useT } from '../../i18n';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropImport() {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0; // dragenter/leave fire for every child crossed
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault(); // allows the drop
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault(); // the browser would otherwise open the file
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openScenarioFile(appStore, file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="drop-import" aria-hidden="true">
      <p className="drop-import__message">{t('share.dropOverlay')}</p>
    </div>
  );
}
