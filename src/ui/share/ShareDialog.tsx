/**
 * Share: the link of this view, a lesson link showing only chosen controls, an embed snippet,
 * and the scenario as a file (export, import). A native modal <dialog>: focus trap, Escape and
 * the inert page come with it; focus returns to the Share button on close.
 */
import { Suspense, useId, useRef, useState } from 'react';
import './ShareDialog.css';
import { useT } from '../../i18n';
import { onDemand, preload } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';

// The dialog's content (the links, the lesson's controls, the files) loads on the first opening,
// or as a pointer or the focus reaches the button (issue 8: the first view shows the button only).
const loadContent = onDemand(() => import('./ShareContent'));
const ShareContent = lazyPart(loadContent, (m) => m.ShareContent);

export function ShareButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        onPointerEnter={() => preload(loadContent)}
        onFocus={() => preload(loadContent)}
      >
        {t('share.button')}
      </button>
      <dialog
        ref={dialog}
        className="modal share"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        {open && (
          <Suspense
            fallback={
              <p className="share__loading" role="status">
                {t('chartPanel.loading')}
              </p>
            }
          >
            <ShareContent titleId={titleId} close={() => dialog.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
