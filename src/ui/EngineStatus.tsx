/** The engine's error (for the current scenario) and passing notices, over the landscape. */
import { Suspense } from 'react';
import { useApp, useAppShallow, type LoudState } from '../state/store';
import type { AppState } from '../state/app-state';
import { useLastingState } from './use-lasting';
import { onDemand } from './lazy/on-demand';
import { lazyPart } from './lazy/lazy-part';
import { CloseButton } from './forms/IconButton';
import './EngineStatus.css';
import { useT } from '../i18n';

// A link's or the work budget's notices load when there is one to show: most views open
// without (issue 17, the first view's JavaScript).
const LinkNotices = lazyPart(
  onDemand(() => import('./share/LinkNotices')),
  (m) => m.LinkNotices,
);

const hasNotices = (state: LoudState) =>
  state.linkNotices.length > 0 || state.workNotices.length > 0;

export function EngineStatus() {
  const t = useT();
  const { engineError, notice, setNotice } = useAppShallow((s) => ({
    engineError: s.engineError,
    notice: s.notice,
    setNotice: s.setNotice,
  }));
  const notices = useApp(hasNotices);
  return (
    <div className="engine-status">
      {engineError && (
        <div className="notice engine-status__message engine-status__message--error" role="alert">
          <strong>{t('status.computeError')}</strong> {engineError}
        </div>
      )}
      {notices && (
        <Suspense fallback={null}>
          <LinkNotices />
        </Suspense>
      )}
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
