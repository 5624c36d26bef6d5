/**
 * A button that opens a native modal <dialog> (the share dialog, the CSV import): the button says
 * it opens one (aria-haspopup, aria-expanded); the dialog brings the focus trap, Escape and the
 * inert page; a click on the backdrop closes it; on close the focus returns to the button. The
 * content is mounted only while the dialog is open, so a closed dialog costs nothing and opens
 * fresh.
 */
import { useRef, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';

interface ModalButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'onClick' | 'children'
> {
  /** The button's face. */
  label: ReactNode;
  /** The dialog's class, added to `.modal`. */
  dialogClassName: string;
  /** The id of the content's title, which names the dialog. */
  titleId: string;
  /** The dialog's content while it is open; `close` closes the dialog. */
  children(close: () => void): ReactNode;
}

export function ModalButton({
  label,
  dialogClassName,
  titleId,
  children,
  ...button
}: ModalButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        {...button}
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        className={`modal ${dialogClassName}`}
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside its content) closes it.
          if (event.target === dialog.current) close();
        }}
      >
        {open && <Content render={children} close={close} />}
      </dialog>
    </>
  );
}

/** The content, given the close function (which event handlers call, never the render). */
function Content({ render, close }: { render(close: () => void): ReactNode; close(): void }) {
  return render(close);
}
