/**
 * The header row of a dialog's own content (the share dialog; the CSV import's is the same): its
 * title, which names the dialog (`titleId`, the dialog's aria-labelledby), and a × that closes it.
 * Classes `<block>__header` and `<block>__title`, so each dialog keeps its own stylesheet.
 */
import { CloseButton } from '../forms/IconButton';

interface DialogHeaderProps {
  block: string;
  titleId: string;
  title: string;
  closeLabel: string;
  onClose(): void;
}

export function DialogHeader({ block, titleId, title, closeLabel, onClose }: DialogHeaderProps) {
  return (
    <div className={`${block}__header`}>
      <h2 id={titleId} className={`${block}__title`}>
        {title}
      </h2>
      <CloseButton label={closeLabel} onClick={onClose} />
    </div>
  );
}
