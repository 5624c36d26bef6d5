/** A read-only text with a Copy button that confirms. */
import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './clipboard';
import { useT } from '../../i18n';
import '../../i18n/en-share'; // its words load with this chunk (docs/i18n.md)

interface CopyFieldProps {
  label: string;
  value: string;
  /** The copy button's text, e.g. "Copy link". */
  action: string;
  multiline?: boolean;
}

export function CopyField({ label, value, action, multiline = false }: CopyFieldProps) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // The outcome of the last copy, for the value copied: a new value is a new thing to copy.
  const [outcome, setOutcome] = useState<{ value: string; copied: boolean } | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 2500);
    return () => clearTimeout(timer);
  }, [outcome]);
  const status = outcome?.value === value ? (outcome.copied ? 'copied' : 'failed') : 'idle';

  const copy = async () => setOutcome({ value, copied: await copyText(value, field.current) });
  return (
    <div className="copy-field">
      <label className="copy-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        {multiline ? (
          <textarea
            id={id}
            ref={field}
            className="copy-field__text"
            value={value}
            readOnly
            rows={3}
          />
        ) : (
          <input id={id} ref={field} className="copy-field__text" value={value} readOnly />
        )}
        <button type="button" className="button button--primary" onClick={copy}>
          {action}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status === 'copied' && t('share.copied')}
        {status === 'failed' && t('share.copyFailed')}
      </p>
    </div>
  );
}
