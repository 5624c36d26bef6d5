/**
 * What the opened link held that was ignored, and why; and what the work budget took off the
 * view (src/core/budget.ts), whether a link or a choice in the app asked for too much. One
 * dismissible notice with a part for each, each under its own title.
 */
import { useAppShallow } from '../../state/store';
import type { WorkReduction } from '../../core/budget';
import type { ShownNotice } from '../../state/app-state';
import { CloseButton } from '../forms/IconButton';
import './LinkNotices.css';
import { useT, type TFunction } from '../../i18n';
import '../../i18n/en-notices'; // its words load with this chunk (docs/i18n.md)

/** Notices listed at most; a hostile link can hold many problems, the rest are counted. */
const MAX_LISTED = 6;

/** A link's notice in the language shown where it has the words, else its English. */
function noticeText(t: TFunction, notice: ShownNotice): string {
  if (!notice.said) return notice.text;
  const text = t(notice.said.key, notice.said.values);
  return notice.about === undefined ? text : t('status.linkAbout', { param: notice.about, text });
}

/** A reduction in the language shown: "Steps reduced from 891 to 412: this model is heavy…". */
function workText(t: TFunction, reduction: WorkReduction): string {
  const what = t(reduction.what === 'steps' ? 'status.workSteps' : 'status.workRuns', {
    from: reduction.from.toLocaleString('en-US'),
    to: reduction.to.toLocaleString('en-US'),
  });
  return `${what}: ${t('status.workWhy', { units: reduction.units, cap: reduction.cap })}`;
}

export function LinkNotices() {
  const t = useT();
  const { notices, work, dismissLink, dismissWork } = useAppShallow((s) => ({
    notices: s.linkNotices,
    work: s.workNotices,
    dismissLink: s.setLinkNotices,
    dismissWork: s.setWorkNotices,
  }));
  if (!notices.length && !work.length) return null;
  const hidden = notices.length - MAX_LISTED;
  return (
    <div
      className="notice link-notices"
      role="status"
      aria-label={t(notices.length ? 'status.linkNotice' : 'status.workNotice')}
    >
      <div className="link-notices__body">
        {notices.length > 0 && (
          <>
            <strong>{t('status.linkNoticeTitle')}</strong>
            <ul className="link-notices__list">
              {notices.slice(0, MAX_LISTED).map((notice, i) => (
                // The codec's own notices in the language shown; a validator's reason in English.
                <li key={i}>{noticeText(t, notice)}</li>
              ))}
              {hidden > 0 && <li>{t('status.linkNoticeMore', { count: hidden })}</li>}
            </ul>
          </>
        )}
        {work.length > 0 && (
          <>
            <strong>{t('status.workNoticeTitle')}</strong>
            <ul className="link-notices__list" data-testid="work-notices">
              {work.map((reduction) => (
                <li key={reduction.what}>{workText(t, reduction)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <CloseButton
        label={t('status.dismissLinkNotice')}
        onClick={() => {
          dismissLink([]);
          dismissWork([]);
        }}
      />
    </div>
  );
}
