/** What the opened link held that was ignored, and why; dismissible. */
import { useAppShallow } from '../../state/store';
import './LinkNotices.css';

/** Notices listed at most; a hostile link can hold many problems, the rest are counted. */
const MAX_LISTED = 6;

export function LinkNotices() {
  const { notices, dismiss } = useAppShallow((s) => ({
    notices: s.linkNotices,
    dismiss: s.setLinkNotices,
  }));
  if (!notices.length) return null;
  const hidden = notices.length - MAX_LISTED;
  return (
    <div className="link-notices" role="status" aria-label="Link notice">
      <div className="link-notices__body">
        <strong>Parts of this link were not used.</strong>
        <ul className="link-notices__list">
          {notices.slice(0, MAX_LISTED).map((notice, i) => (
            <li key={i}>{notice}</li>
          ))}
          {hidden > 0 && <li>…and {hidden} more</li>}
        </ul>
      </div>
      <button
        type="button"
        className="button button--icon"
        aria-label="Dismiss link notice"
        onClick={() => dismiss([])}
      >
        ×
      </button>
    </div>
  );
}
