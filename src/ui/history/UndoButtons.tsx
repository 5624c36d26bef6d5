/**
 * Undo and Redo of the scenario (src/state/undo-history.ts, docs/app.md "Names, reset and undo"):
 * two icon buttons in the header, disabled when there is nothing to undo or redo, and the
 * document-wide Ctrl+Z / Ctrl+Shift+Z (undo-keys.ts).
 */
import { useEffect } from 'react';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import { isTypingTarget, undoAction } from './undo-keys';
import './UndoButtons.css';

function ArrowIcon({ flip }: { flip: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={flip ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path d="M5.5 3.5L2.5 6.5l3 3" />
      <path d="M2.5 6.5h7a4 4 0 010 8H7" />
    </svg>
  );
}

export function UndoButtons() {
  const t = useT();
  const canUndo = useApp((s) => s.undoHistory.past.length > 0);
  const canRedo = useApp((s) => s.undoHistory.future.length > 0);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoAction({
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        defaultPrevented: event.defaultPrevented,
        typing: isTypingTarget(event.target),
      });
      if (!action) return;
      event.preventDefault();
      const state = appStore.getState();
      if (action === 'undo') state.undo();
      else state.redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="undo-buttons" role="group" aria-label={t('runs.history')}>
      <button
        type="button"
        className="button button--icon undo-buttons__button"
        aria-label={t('runs.undo')}
        title={t('runs.undoTitle')}
        disabled={!canUndo}
        onClick={undo}
        data-testid="undo"
      >
        <ArrowIcon flip={false} />
      </button>
      <button
        type="button"
        className="button button--icon undo-buttons__button"
        aria-label={t('runs.redo')}
        title={t('runs.redoTitle')}
        disabled={!canRedo}
        onClick={redo}
        data-testid="redo"
      >
        <ArrowIcon flip />
      </button>
    </div>
  );
}
