/**
 * The presenter's controls, in the landscape's tools row in presentation mode: hide the runs for a
 * prediction, reveal them, leave. Each has its key (P, H, R) for a clicker or a keyboard.
 */
import { useApp } from '../../state/store';
import { revealRuns } from '../a11y/motion';
import { useT } from '../../i18n';
import './present.css';

export function PresentBar() {
  const t = useT();
  const predicting = useApp((s) => s.predicting);
  const setPredicting = useApp((s) => s.setPredicting);
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <div className="present-bar" role="toolbar" aria-label={t('present.toolbar')}>
      {predicting ? (
        <button type="button" className="button" onClick={() => revealRuns()} aria-keyshortcuts="R">
          {t('present.reveal')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setPredicting(true)}
          aria-keyshortcuts="H"
        >
          {t('present.hide')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => setPresenting(false)}
        aria-keyshortcuts="P"
      >
        {t('present.exit')}
      </button>
    </div>
  );
}

/** The button that enters presentation mode, for the landscape's tools row. */
export function PresentButton() {
  const t = useT();
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <button
      type="button"
      className="button"
      onClick={() => setPresenting(true)}
      aria-keyshortcuts="P"
      title={t('present.enterTitle')}
    >
      {t('present.enter')}
    </button>
  );
}
