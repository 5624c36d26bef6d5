/**
 * Share: the link of this view, a lesson link showing only chosen controls, an embed snippet,
 * and the scenario as a file (export, import). A native modal <dialog>: focus trap, Escape and
 * the inert page come with it; focus returns to the Share button on close.
 */
import { Suspense, useId } from 'react';
import './ShareDialog.css';
import { useT } from '../../i18n';
import { onDemand, preload } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import { ModalButton } from '../dialog/ModalButton';

// The dialog's content (the links, the lesson's controls, the files) loads on the first opening,
// or as a pointer or the focus reaches the button (issue 8: the first view shows the button only).
const loadContent = onDemand(() => import('./ShareContent'));
const ShareContent = lazyPart(loadContent, (m) => m.ShareContent);

export function ShareButton() {
  const t = useT();
  const titleId = useId();
  return (
    <ModalButton
      className="button"
      label={t('share.button')}
      dialogClassName="share"
      titleId={titleId}
      onPointerEnter={() => preload(loadContent)}
      onFocus={() => preload(loadContent)}
    >
      {(close) => (
        <Suspense
          fallback={
            <p className="share__loading" role="status">
              {t('chartPanel.loading')}
            </p>
          }
        >
          <ShareContent titleId={titleId} close={close} />
        </Suspense>
      )}
    </ModalButton>
  );
}
