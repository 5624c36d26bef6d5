/**
 * "Your data…": a modal dialog to paste, open or drop a CSV of the user's own points, checked
 * as it is typed (parseCsv's messages name the line), with a preview of what Apply will set.
 * Apply puts the points into the problem's `data`; "Use generated data" takes them out again.
 * A native <dialog> with the shared .modal style: focus trap, Escape and the inert page come
 * with it; focus returns to the opening button on close.
 */
import { useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { MAX_CSV_POINTS, parseCsv, type CsvKind } from '../../scenario/csv';
import { appStore, useApp } from '../../state/store';
import { CSV_FORMATS, csvState, hasOwnPoints, withoutPoints, withPoints } from './csv-import';
import './CsvImport.css';

/**
 * The dialog's button (and "Use generated data" while the user's points are in). `overlay` puts
 * them over the top left of a plot whose parent is a `.csv-import-host`.
 */
export function CsvImportButton({ kind, overlay = false }: { kind: CsvKind; overlay?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const own = useApp((s) => hasOwnPoints(s.scenario.problem));
  const titleId = useId();
  const close = () => dialog.current?.close();
  return (
    <div className={`csv-import${overlay ? ' csv-import--overlay' : ''}`}>
      <button
        ref={button}
        type="button"
        className="button csv-import__open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
      >
        Your data…
      </button>
      {own && (
        <button
          type="button"
          className="button csv-import__generated"
          title="Drop your points and train on the generated dataset again"
          onClick={() =>
            appStore.getState().setProblem(withoutPoints(appStore.getState().scenario.problem))
          }
        >
          Use generated data
        </button>
      )}
      <dialog
        ref={dialog}
        className="modal csv-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        onClick={(event) => {
          if (event.target === dialog.current) close();
        }}
      >
        {open && <CsvContent kind={kind} titleId={titleId} close={close} own={own} />}
      </dialog>
    </div>
  );
}

function CsvContent({
  kind,
  titleId,
  close,
  own,
}: {
  kind: CsvKind;
  titleId: string;
  close(): void;
  own: boolean;
}) {
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const messagesId = useId();
  const helpId = useId();
  const state = useMemo(
    () => csvState(text, kind, (t) => parseCsv(t, kind) as ReturnType<typeof parseCsv>),
    [text, kind],
  );
  const format = CSV_FORMATS[kind];

  const readFile = (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    file.text().then(setText, () => setFileError(`Could not read ${file.name}.`));
  };
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  };

  const apply = () => {
    if (state.status !== 'valid') return;
    const store = appStore.getState();
    store.setProblem(withPoints(store.scenario.problem, state.points));
    close();
  };

  return (
    <div className="csv-dialog__content">
      <header className="csv-dialog__header">
        <h2 id={titleId} className="csv-dialog__title">
          Your data
        </h2>
        <button type="button" className="button button--icon" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      <div className="csv-dialog__body">
        <div className="csv-dialog__input">
          <label className="csv-dialog__label" htmlFor={`${titleId}-text`}>
            Paste CSV, or drop a file here
          </label>
          <textarea
            id={`${titleId}-text`}
            className="csv-dialog__text"
            data-dragging={dragging || undefined}
            aria-label="CSV data"
            aria-describedby={`${helpId} ${messagesId}`}
            aria-invalid={state.status === 'invalid' || undefined}
            spellCheck={false}
            placeholder={format.example}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          />
          <div className="csv-dialog__file">
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Open a file…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              className="visually-hidden"
              aria-label="CSV file"
              tabIndex={-1}
              onChange={(event) => {
                readFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            {fileError && <span className="csv-dialog__error">{fileError}</span>}
          </div>
        </div>
        <aside className="csv-dialog__help" id={helpId}>
          <p>
            One point per line, {format.columns}. A header row is optional; commas, semicolons or
            tabs separate the values; lines starting with # are skipped. Up to{' '}
            {MAX_CSV_POINTS.toLocaleString('en-US')} points.
          </p>
          <p className="csv-dialog__example-title">Example</p>
          <pre className="csv-dialog__example">{format.example}</pre>
          <button type="button" className="button" onClick={() => setText(format.example)}>
            Use the example
          </button>
        </aside>
      </div>
      <div
        className="csv-dialog__messages"
        id={messagesId}
        aria-live="polite"
        data-testid="csv-messages"
      >
        {state.status === 'invalid' && (
          <ul className="csv-dialog__errors" data-testid="csv-errors">
            {state.errors.map((error) => (
              <li key={error}>{capitalise(error)}</li>
            ))}
          </ul>
        )}
        {state.status === 'valid' && (
          <>
            <p className="csv-dialog__preview" data-testid="csv-preview">
              ✓ {state.preview}
            </p>
            {state.warnings.map((warning) => (
              <p key={warning} className="csv-dialog__warning">
                {capitalise(warning)}
              </p>
            ))}
          </>
        )}
        {state.status === 'empty' && <p className="csv-dialog__hint">Nothing pasted yet.</p>}
      </div>
      <footer className="csv-dialog__footer">
        {own && (
          <button
            type="button"
            className="button csv-dialog__generated"
            onClick={() => {
              const store = appStore.getState();
              store.setProblem(withoutPoints(store.scenario.problem));
              close();
            }}
          >
            Use generated data
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={state.status !== 'valid'}
          onClick={apply}
        >
          Apply
        </button>
      </footer>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
