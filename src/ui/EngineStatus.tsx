/** The engine's error (for the current scenario) and passing notices, over the landscape. */
import { useAppShallow } from '../state/store';
import { LinkNotices } from './share/LinkNotices';
import { CloseButton } from './forms/IconButton';
import './EngineStatus.css';
import { useT } from '../i18n';

export function EngineStatus() {
  const t = useT();
  const { engineError, notice, setNotice, computing } = useAppShallow((s) => ({
    engineError: s.engineError,
    notice: s.notice,
    setNotice: s.setNotice,
    computing: s.computing,
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
      <div className="engine-status__busy" data-busy={computing} aria-hidden="true" />
    </div>
  );
}
