/**
 * Undo and Redo of the scenario (src/state/undo-history.ts, docs/app.md "Names, reset and undo"):
 * two icon buttons in the header, disabled when there is nothing to undo or redo, and the
 * document-wide Ctrl+Z / Ctrl+Shift+Z (undo-keys.ts).
 */
import { useEffect } from 'react';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import { keyFieldsOf } from '../key-fields';
import { LineIcon } from '../svg-icon';
import { isTypingTarget, undoAction, type UndoAction } from './undo-keys';
import { IconButton } from '../forms/IconButton';
import './UndoButtons.css';

/** A curved arrow back to the left; Redo draws it mirrored. */
const ARROW = 'M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a4 4 0 010 8H7';
const MIRRORED = { transform: 'scaleX(-1)' };

const LABELS = {
  undo: { name: 'runs.undo', title: 'runs.undoTitle' },
  redo: { name: 'runs.redo', title: 'runs.redoTitle' },
} as const;

function HistoryButton({ action }: { action: UndoAction }) {
  const t = useT();
  const enabled = useApp((s) =>
    action === 'undo' ? s.undoHistory.past.length > 0 : s.undoHistory.future.length > 0,
  );
  const run = useApp((s) => s[action]);
  return (
    <IconButton
      className="undo-buttons__button"
      label={t(LABELS[action].name)}
      title={t(LABELS[action].title)}
      disabled={!enabled}
      onClick={run}
      data-testid={action}
    >
      <LineIcon d={ARROW} strokeWidth={1.6} style={action === 'redo' ? MIRRORED : undefined} />
    </IconButton>
  );
}

export function UndoButtons() {
  const t = useT();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoAction({ ...keyFieldsOf(event), typing: isTypingTarget(event.target) });
      if (!action) return;
      event.preventDefault();
      appStore.getState()[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="undo-buttons" role="group" aria-label={t('runs.history')}>
      <HistoryButton action="undo" />
      <HistoryButton action="redo" />
    </div>
  );
}
