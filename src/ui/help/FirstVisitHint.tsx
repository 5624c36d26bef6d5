/**
 * The first-visit hint (issue 14 §5): a small card in the landscape's bottom right naming the three
 * things to try (drag α, drag the start point, press play or Space). Shown once (first-visit.ts
 * says when), dismissed with its button, and gone when presentation mode or predict starts. It
 * steps aside while the landscape's foot shows a notice (a link's, the engine's), which it would
 * otherwise overlap, and comes back when that is closed. It takes no pointer events but its
 * button, so the paths and clicks under it stay the landscape's.
 */
import { useEffect, useState } from 'react';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import { landscapeNoticeShown } from '../../state/selectors';
import { browserStorage, hintSeen, markHintSeen, shouldShowHint } from './first-visit';
import './FirstVisitHint.css';

export function FirstVisitHint() {
  const t = useT();
  // Decided once, from the state the link opened with (a later reload finds it seen).
  const [open, setOpen] = useState(() => {
    const s = appStore.getState();
    return shouldShowHint({
      embed: s.embed,
      presenting: s.presenting,
      predicting: s.predicting,
      // A link to a lesson's step is a lesson link too, whatever controls its step shows.
      lesson: s.lesson ?? (s.lessonId !== null || s.lessonData !== null ? [] : null),
      seen: hintSeen(browserStorage()),
    });
  });
  const away = useApp((s) => s.presenting || s.predicting || s.embed || s.lessonPlayer !== null);
  const sliced = useApp((s) => s.plane !== null);
  const noticed = useApp(landscapeNoticeShown);

  useEffect(() => {
    if (open) markHintSeen(browserStorage());
  }, [open]);

  if (!open || away || noticed) return null;
  return (
    <aside
      className={`first-visit-hint${sliced ? ' first-visit-hint--above-slice' : ''}`}
      aria-label={t('hint.label')}
      data-testid="first-visit-hint"
    >
      <div className="first-visit-hint__header">
        <p className="first-visit-hint__title">{t('hint.title')}</p>
        <button
          type="button"
          className="button first-visit-hint__dismiss"
          aria-label={t('hint.dismissLabel')}
          onClick={() => setOpen(false)}
        >
          {t('hint.dismiss')}
        </button>
      </div>
      <ol className="first-visit-hint__list">
        <li>{t('hint.alpha')}</li>
        <li>{t('hint.start')}</li>
        <li>{t('hint.play')}</li>
      </ol>
    </aside>
  );
}
