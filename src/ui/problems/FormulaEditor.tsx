/**
 * "Your own formula": a field for f(x, y) in the problem picker. The text is parsed as it is
 * typed (a short pause first, so a half-typed formula does not flash red at every key); an error
 * is shown under the field with its place marked, a formula that parses shows its derivative,
 * and Apply (or Enter) makes it the problem. Parsing is cheap and stays on the main thread; the
 * surface and the runs are computed by the worker once the formula is applied.
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import {
  checkFormula,
  errorExcerpt,
  errorPlace,
  chipMove,
  FORMULA_EXAMPLES,
  type FormulaCheck,
} from './formula-check';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-picker'; // its words load with this chunk (docs/i18n.md)
import './FormulaEditor.css';

/** How long typing must pause before the text is checked. */
const CHECK_DELAY_MS = 250;

/** What the picker does with the editor when it opens. */
export interface FormulaEditorHandle {
  /** Puts `text` in the field (and checks it at once). */
  fill(text: string): void;
  /** Focuses the field, caret at the end. */
  focus(): void;
}

interface FormulaEditorProps {
  /** Where the editor puts its handle (a prop of its own: React 18 keeps `ref` from props). */
  handle?: Ref<FormulaEditorHandle>;
  /** The formula of the current problem, or null when the current problem is not a formula. */
  current: string | null;
  /** Called with a formula that parses (trimmed) when the user applies it. */
  onApply(expr: string): void;
}

export function FormulaEditor({ handle, current, onApply }: FormulaEditorProps) {
  const [text, setText] = useState(current ?? '');
  const [check, setCheck] = useState<FormulaCheck>(() => checkFormula(current ?? ''));
  // The text `check` was computed from: the error marker must point into that text, not into
  // keys typed since.
  const [checkedText, setCheckedText] = useState(current ?? '');
  /** The chip that is the examples' one Tab stop (arrows move among them). */
  const [chipStop, setChipStop] = useState(0);
  const chips = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const t = useT();
  const headingId = useId();
  const feedbackId = useId();

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Checks `value` now, dropping a pending delayed check; returns the result. */
  const checkNow = (value: string): FormulaCheck => {
    clearTimeout(timer.current);
    const result = checkFormula(value);
    setCheck(result);
    setCheckedText(value);
    return result;
  };

  const fill = (value: string) => {
    setText(value);
    checkNow(value);
  };

  useImperativeHandle(handle, () => ({
    fill,
    focus() {
      const element = input.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    },
  }));

  const onChange = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => checkNow(value), CHECK_DELAY_MS);
  };

  const apply = () => {
    const result = checkNow(text);
    if (result.status === 'ok') {
      onApply(result.expr);
    } else if (result.status === 'error') {
      // Enter on a broken formula: put the caret on the offending character as well.
      const at = Math.min(result.position, text.length);
      input.current?.setSelectionRange(at, Math.min(at + 1, text.length));
    }
  };

  const invalid = check.status === 'error';
  const isCurrent = current !== null;

  return (
    <section
      className="formula-editor"
      data-current={isCurrent || undefined}
      aria-labelledby={headingId}
    >
      <div className="formula-editor__main">
        <div className="formula-editor__head">
          <h3 id={headingId} className="formula-editor__title">
            {t('formula.title')}
          </h3>
          {isCurrent && <span className="badge formula-editor__badge">{t('picker.current')}</span>}
          <span className="hint-line formula-editor__help">{t('formula.help')}</span>
        </div>
        <form
          className="formula-editor__form"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <label className="formula-editor__label" htmlFor={`${headingId}-field`}>
            f(x, y) =
          </label>
          <input
            ref={input}
            id={`${headingId}-field`}
            className="formula-editor__input"
            type="text"
            aria-label={t('formula.field')}
            aria-invalid={invalid}
            aria-describedby={feedbackId}
            placeholder={t('formula.placeholder')}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            value={text}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={(event) => {
              // Enter checks the text as it is now, not as it was at the last pause, and also
              // acts while Apply is disabled (a form does not submit then) to show the error.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              apply();
            }}
          />
          <button
            type="submit"
            className="button button--primary formula-editor__apply"
            disabled={check.status !== 'ok'}
          >
            {t('formula.apply')}
          </button>
          {/* Under the field, aligned with its text: a short formula's error marker falls under
              the very character it marks. */}
          <div id={feedbackId} className="formula-editor__feedback">
            <Feedback check={check} text={checkedText} />
          </div>
        </form>
      </div>
      <div
        ref={chips}
        className="formula-editor__examples"
        role="group"
        aria-labelledby={`${headingId}-try`}
        onKeyDown={(event) => {
          const next = chipMove(event.key, chipStop, FORMULA_EXAMPLES.length);
          if (next === null) return;
          event.preventDefault();
          setChipStop(next);
          chips.current?.querySelectorAll<HTMLElement>('button')[next]?.focus();
        }}
      >
        <span id={`${headingId}-try`} className="formula-editor__examples-label">
          {t('formula.examples')}
        </span>
        {FORMULA_EXAMPLES.map((example, i) => (
          <button
            key={example.expr}
            type="button"
            className="formula-editor__chip"
            title={example.hint}
            // One Tab stop for the six chips, as for the cards: Shift+Tab from the cards
            // reaches the field in two steps.
            tabIndex={i === chipStop ? 0 : -1}
            onFocus={() => setChipStop(i)}
            onClick={() => {
              fill(example.expr);
              input.current?.focus();
            }}
          >
            {example.expr}
          </button>
        ))}
      </div>
    </section>
  );
}

/** Under the field: the derivative, the error with its place, or a hint for a blank field. */
function Feedback({ check, text }: { check: FormulaCheck; text: string }) {
  const t = useT();
  if (check.status === 'empty') {
    return <p className="formula-editor__hint">{t('formula.empty')}</p>;
  }
  if (check.status === 'ok') {
    return (
      <dl className="formula-editor__derivative" data-testid="formula-derivative">
        <div className="formula-editor__partial">
          <dt>∂f/∂x =</dt> <dd>{check.derivative[0]}</dd>
        </div>
        <div className="formula-editor__partial">
          <dt>∂f/∂y =</dt> <dd>{check.derivative[1]}</dd>
        </div>
      </dl>
    );
  }
  const excerpt = errorExcerpt(text, check.position);
  return (
    <div className="formula-editor__error" data-testid="formula-error" role="alert">
      {/* The text again, faint, with the offending character marked. */}
      <code className="formula-editor__excerpt" aria-hidden="true">
        {excerpt.before}
        <mark
          className="formula-editor__mark"
          data-testid="formula-error-mark"
          data-at-end={excerpt.atEnd || undefined}
        >
          {excerpt.at}
        </mark>
        {excerpt.after}
      </code>
      <p className="formula-editor__message">
        <ErrorIcon />
        {t('formula.error', { message: check.message, place: errorPlace(text, check.position) })}
      </p>
    </div>
  );
}

function ErrorIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 4.2v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.4" r="1.05" fill="#fff" />
    </svg>
  );
}
