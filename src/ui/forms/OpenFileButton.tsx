/**
 * A button that opens the system's file chooser: a visible button and a visually hidden file
 * input it clicks (a styled button, one Tab stop; the input keeps its accessible name). The
 * input is emptied after each choice, so choosing the same file again is seen again. A menu item
 * that opens a file clicks the same HiddenFileInput.
 */
import { useRef, type Ref } from 'react';

interface HiddenFileInputProps {
  /** The <input> element (a prop of its own: React 18 keeps `ref` from props). */
  inputRef: Ref<HTMLInputElement>;
  /** The file input's name for assistive technology. */
  label: string;
  /** The input's `accept`: file endings and MIME types. */
  accept: string;
  onFile(file: File | undefined): void;
}

/** The file input a button or a menu item clicks; out of sight and out of the Tab order. */
export function HiddenFileInput({ inputRef, label, accept, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      className="visually-hidden"
      aria-label={label}
      tabIndex={-1}
      onChange={(event) => {
        const chosen = event.target.files?.[0];
        event.target.value = '';
        onFile(chosen);
      }}
    />
  );
}

interface OpenFileButtonProps extends Omit<HiddenFileInputProps, 'inputRef' | 'label'> {
  label: string;
  /** The file input's name for assistive technology. */
  inputLabel: string;
}

export function OpenFileButton({ label, inputLabel, accept, onFile }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <HiddenFileInput inputRef={input} label={inputLabel} accept={accept} onFile={onFile} />
    </>
  );
}
