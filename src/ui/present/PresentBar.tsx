/**
 * The presenter's controls, in the landscape's tools row in presentation mode: hide the runs for a
 * prediction, reveal them, leave. Each has its key (P, H, R) for a clicker or a keyboard.
 */
import type { ReactNode } from 'react';
import { useApp } from '../../state/store';
import { revealRuns } from '../a11y/motion';
import { useT } from '../../i18n';
import './present.css';

/** A presenter's button with its key (for a clicker or a keyboard: present-keys.ts). */
function KeyButton(props: { keys: string; onClick(): void; title?: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className="button"
      onClick={props.onClick}
      aria-keyshortcuts={props.keys}
      title={props.title}
    >
      {props.children}
    </button>
  );
}

export function PresentBar() {
  const t = useT();
  const predicting = useApp((s) => s.predicting);
  const setPredicting = useApp((s) => s.setPredicting);
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <div className="present-bar" role="toolbar" aria-label={t('present.toolbar')}>
      {predicting ? (
        <KeyButton keys="R" onClick={() => revealRuns()}>
          {t('present.reveal')}
        </KeyButton>
      ) : (
        <KeyButton keys="H" onClick={() => setPredicting(true)}>
          {t('present.hide')}
        </KeyButton>
      )}
      <KeyButton keys="P" onClick={() => setPresenting(false)}>
        {t('present.exit')}
      </KeyButton>
    </div>
  );
}

/** The button that enters presentation mode, for the landscape's tools row. */
export function PresentButton() {
  const t = useT();
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <KeyButton keys="P" onClick={() => setPresenting(true)} title={t('present.enterTitle')}>
      {t('present.enter')}
    </KeyButton>
  );
}
