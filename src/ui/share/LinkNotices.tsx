/** What the opened link held that was ignored, and why; dismissible. */
import { useAppShallow } from '../../state/store';
import { CloseButton } from '../forms/IconButton';
import './LinkNotices.css';
import { useT } from '../../i18n';

/** Notices listed at most; a hostile link can hold many problems, the rest are counted. */
const MAX_LISTED = 6;

export function LinkNotices() {
  const t = useT();
  const { notices, dismiss } = useAppShallow((s) => ({
    notices: s.linkNotices,
    dismiss: s.setLinkNotices,
  }));
  if (!notices.length) return null;
  const hidden = notices.length - MAX_LISTED;
  return (
    <div className="notice link-notices" role="status" aria-label={t('status.linkNotice')}>
      <div className="link-notices__body">
        <strong>{t('status.linkNoticeTitle')}</strong>
        <ul className="link-notices__list">
          {notices.slice(0, MAX_LISTED).map((notice, i) => (
            <li key={i}>{notice}</li>
          ))}
          {hidden > 0 && <li>{t('status.linkNoticeMore', { count: hidden })}</li>}
        </ul>
      </div>
      <CloseButton label={t('status.dismissLinkNotice')} onClick={() => dismiss([])} />
    </div>
  );
}
