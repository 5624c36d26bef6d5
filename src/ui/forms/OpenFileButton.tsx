/**
 * A button that opens the system's file chooser: a visible button and a visually hidden file
 * input it clicks (a styled button, one Tab stop; the input keeps its accessible name). The
 * input is emptied after each choice, so choosing the same file again is seen again.
 */
import { useRef } from 'react';

interface OpenFileButtonProps {
  label: string;
  /** The file input's name for assistive technology. */
  inputLabel: string;
  /** The input's `accept`: file endings and MIME types. */
  accept: string;
  onFile(file: File | undefined): void;
}

export function OpenFileButton({ label, inputLabel, accept, onFile }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          event.target.value = '';
          onFile(chosen);
        }}
      />
    </>
  );
}
