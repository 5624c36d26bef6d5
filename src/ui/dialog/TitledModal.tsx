/**
 * A modal <dialog> with a header (a title, a subtitle and a close button) above its content: the
 * frame the presets gallery and the problem picker share. Native showModal gives the focus trap,
 * Escape and the inert page; a click on the backdrop closes it too, focus returns to the button
 * that opened it, and keys pressed inside stay inside (app shortcuts such as Space must not fire
 * behind a modal; Escape still closes it, the dialog's default action).
 *
 * Class names are `modal <block>`, `<block>__content`, `__header`, `__title`, `__subtitle` and
 * `__close`, so each dialog keeps its own stylesheet; the frame they share is drawn by
 * `modal--wide` and `modal__*` beside them (src/ui/styles/surfaces.css).
 */
import { useId, type ReactNode, type RefObject } from 'react';
import { LineIcon } from '../svg-icon';
import { IconButton } from '../forms/IconButton';

interface TitledModalProps {
  dialog: RefObject<HTMLDialogElement>;
  /** The BEM block of the dialog's classes, e.g. "preset-gallery". */
  block: string;
  title: string;
  subtitle: string;
  closeLabel: string;
  closeTitle: string;
  /** Told when the dialog closes by any means (for the opening button's aria-expanded). */
  onOpenChange(open: boolean): void;
  /** The button that opened the dialog: focus returns there. */
  returnFocus: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

export function TitledModal(props: TitledModalProps) {
  const { dialog, block } = props;
  const titleId = useId();
  const descriptionId = useId();
  const close = () => dialog.current?.close();
  return (
    <dialog
      ref={dialog}
      className={`modal modal--wide ${block}`}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={() => {
        props.onOpenChange(false);
        props.returnFocus.current?.focus();
      }}
      // A click on the backdrop lands on the dialog itself (its content fills the box).
      onClick={(event) => event.target === dialog.current && close()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className={`modal__content ${block}__content`}>
        <div className={`modal__header ${block}__header`}>
          <div>
            <h2 id={titleId} className={`modal__title ${block}__title`}>
              {props.title}
            </h2>
            <p id={descriptionId} className={`modal__subtitle ${block}__subtitle`}>
              {props.subtitle}
            </p>
          </div>
          <IconButton
            className={`${block}__close`}
            label={props.closeLabel}
            title={props.closeTitle}
            onClick={close}
          >
            <LineIcon d="M4 4l8 8M12 4l-8 8" strokeWidth={1.6} roundEnds={false} />
          </IconButton>
        </div>
        {props.children}
      </div>
    </dialog>
  );
}

/** Opens `dialog` as a modal unless it is open already; whether it opened now. */
export function showModalOnce(dialog: HTMLDialogElement | null): dialog is HTMLDialogElement {
  if (!dialog || dialog.open) return false;
  dialog.showModal();
  return true;
}
