/**
 * "Your data…": a modal dialog to paste, open or drop a CSV of the user's own points, checked
 * as it is typed (parseCsv's messages name the line), with a preview of what Apply will set.
 * Apply puts the points into the problem's `data`; "Use generated data" takes them out again.
 * A native <dialog> with the shared .modal style: focus trap, Escape and the inert page come
 * with it; focus returns to the opening button on close.
 */
import { useId, useMemo, useState, type DragEvent } from 'react';
import { MAX_CSV_POINTS } from '../../scenario/csv';
import { appStore, useApp } from '../../state/store';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import {
  CSV_FORMATS,
  charLimitOf,
  csvState,
  hasOwnPoints,
  parserOf,
  withoutPoints,
  withPoints,
  type ImportKind,
} from './csv-import';
import { DialogHeader } from '../dialog/DialogHeader';
import { ModalButton } from '../dialog/ModalButton';
import { OpenFileButton } from '../forms/OpenFileButton';
import './CsvImport.css';

/**
 * The dialog's button (and "Use generated data" while the user's points are in). `overlay` puts
 * them over the top left of a plot whose parent is a `.csv-import-host`.
 */
export function CsvImportButton({
  kind,
  overlay = false,
}: {
  kind: ImportKind;
  overlay?: boolean;
}) {
  const t = useT();
  const own = useApp((s) => hasOwnPoints(s.scenario.problem));
  const titleId = useId();
  return (
    <div className={`csv-import${overlay ? ' csv-import--overlay' : ''}`}>
      <ModalButton
        className="button csv-import__open"
        label={t('csv.open')}
        dialogClassName="csv-dialog"
        titleId={titleId}
      >
        {(close) => <CsvContent kind={kind} titleId={titleId} close={close} own={own} />}
      </ModalButton>
      {own && (
        <button
          type="button"
          className="button csv-import__generated"
          title={t('csv.generatedTitle')}
          onClick={() =>
            appStore.getState().setProblem(withoutPoints(appStore.getState().scenario.problem))
          }
        >
          {t('csv.generated')}
        </button>
      )}
    </div>
  );
}

function CsvContent({
  kind,
  titleId,
  close,
  own,
}: {
  kind: ImportKind;
  titleId: string;
  close(): void;
  own: boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const messagesId = useId();
  const helpId = useId();
  const state = useMemo(
    () => csvState(text, kind, parserOf(kind)),
    // The preview is worded in the language shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text, kind, t],
  );
  const format = CSV_FORMATS[kind];

  const readFile = (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    file.text().then(
      (content) => {
        // Past the limit the file is refused with parseCsv's reason, not put into the field:
        // laying out 10⁵ lines in a textarea freezes the tab for seconds.
        const result = parserOf(kind)(content);
        if (!result.ok && content.length > charLimitOf(kind))
          setFileError(`${file.name}: ${result.errors[0]}`);
        else setText(content);
      },
      () => setFileError(t('csv.readFailed', { name: file.name })),
    );
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
      <DialogHeader
        block="csv-dialog"
        titleId={titleId}
        title={t('csv.title')}
        closeLabel={t('csv.close')}
        onClose={close}
      />
      <div className="csv-dialog__body">
        <div className="csv-dialog__input">
          <label className="csv-dialog__label" htmlFor={`${titleId}-text`}>
            {t('csv.paste')}
          </label>
          <textarea
            id={`${titleId}-text`}
            className="csv-dialog__text"
            data-dragging={dragging || undefined}
            aria-label={t('csv.text')}
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
            <OpenFileButton
              label={t('csv.openFile')}
              inputLabel={t('csv.file')}
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              onFile={readFile}
            />
            {fileError && <span className="csv-dialog__error">{fileError}</span>}
          </div>
        </div>
        <div className="csv-dialog__help" id={helpId}>
          <p>
            {t('csv.help', {
              columns: format.columns,
              max: MAX_CSV_POINTS.toLocaleString('en-US'),
            })}
          </p>
          <p className="csv-dialog__example-title">{t('csv.example')}</p>
          <pre className="csv-dialog__example">{format.example}</pre>
          <button type="button" className="button" onClick={() => setText(format.example)}>
            {t('csv.useExample')}
          </button>
        </div>
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
        {state.status === 'empty' && <p className="csv-dialog__hint">{t('csv.empty')}</p>}
      </div>
      <div className="csv-dialog__footer">
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
            {t('csv.generated')}
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          {t('csv.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={state.status !== 'valid'}
          onClick={apply}
        >
          {t('csv.apply')}
        </button>
      </div>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
