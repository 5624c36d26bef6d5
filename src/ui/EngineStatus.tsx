/** The engine's error (for the current scenario) and passing notices, over the landscape. */
import { useAppShallow } from '../state/store';
import type { AppState } from '../state/app-state';
import { useLastingState } from './use-lasting';
import { LinkNotices } from './share/LinkNotices';
import { CloseButton } from './forms/IconButton';
import './EngineStatus.css';
import { useT } from '../i18n';

export function EngineStatus() {
  const t = useT();
  const { engineError, notice, setNotice } = useAppShallow((s) => ({
    engineError: s.engineError,
    notice: s.notice,
    setNotice: s.setNotice,
  }));
  return (
    <div className="engine-status">
      {engineError && (
        <div className="notice engine-status__message engine-status__message--error" role="alert">
          <strong>{t('status.computeError')}</strong> {engineError}
        </div>
      )}
      <LinkNotices />
      {notice && (
        <div
          className="notice engine-status__message"
          role="status"
          aria-label={t('status.engineNotice')}
        >
          {notice}
          <CloseButton label={t('status.dismiss')} onClick={() => setNotice(null)} />
        </div>
      )}
      <BusyDot />
    </div>
  );
}

/** Shown after this long of continuous work: a slider's recomputation never lights it. */
const BUSY_SHOWN_AFTER_MS = 150;

const isComputing = (state: AppState) => state.computing;

/**
 * The engine's busy dot: its own subscriber, so the notices above do not re-render per input;
 * and it renders only when the work has lasted (useLastingState), not per flip of `computing`.
 */
function BusyDot() {
  const busy = useLastingState(isComputing, BUSY_SHOWN_AFTER_MS);
  return <div className="engine-status__busy" data-busy={busy} aria-hidden="true" />;
}
