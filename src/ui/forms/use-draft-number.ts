/**
 * A number field that holds a draft while typed and commits it on Enter or blur (the logic is
 * draft-number.ts): every field of a number in the app uses it, so they all behave alike — typing
 * reruns nothing, an invalid text is refused with a message, Escape reverts
(docs/hostile-input.md, "Number fields").
 */
import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { commitText, NO_DRAFT, refused, type DraftState, type Parsed } from './draft-number';

export interface DraftNumberOptions<V> {
  /** The committed value. */
  value: V;
  /** The committed value as the field shows it. */
  format(value: V): string;
  parse(text: string): Parsed<V>;
  /** Stores a new value; returns a message when a later check refuses it (the draft stays). */
  onCommit(value: V): string | null | void;
  /** A refused text stays in the field (text fields: true) or the value comes back (spinners). */
  keepInvalid?: boolean;
}

export interface DraftNumber {
  /** What the field shows: the draft, else the committed value. */
  text: string;
  draft: string | null;
  message: string | null;
  /** A keystroke: the text becomes the draft and the message goes. */
  edit(text: string): void;
  /**
   * Commits `text` (by default the draft; nothing without one). `keepMessage`: a commit without
   * a message of its own leaves the one shown (the steps field's second change event).
   */
  commit(text?: string | null, options?: { keepMessage?: boolean }): void;
  /** Drops the draft and the message. */
  revert(): void;
  /** Drops the draft, keeping the message. */
  dropDraft(): void;
  /** Shows a message (or none) without touching the draft. */
  showMessage(message: string | null): void;
  /** Enter commits; Escape drops a draft and goes no further (not to a popover, not to the app's shortcuts). */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  /**
   * The props of a decimal text field wired to all of the above, its message (when shown) the
   * element `messageId`: the α, σ and schedule fields.
   */
  textFieldProps(messageId: string): InputHTMLAttributes<HTMLInputElement>;
}

export function useDraftNumber<V>({
  value,
  format,
  parse,
  onCommit,
  keepInvalid = true,
}: DraftNumberOptions<V>): DraftNumber {
  const [state, setState] = useState<DraftState>(NO_DRAFT);

  const commit: DraftNumber['commit'] = (text = state.draft, options) => {
    if (text === null) return;
    const step = commitText(text, parse, value, keepInvalid);
    const message = step.changed ? onCommit(step.value) : null;
    const next = typeof message === 'string' ? refused(text, message, keepInvalid) : step.next;
    setState((previous) =>
      options?.keepMessage && next.message === null ? { ...next, message: previous.message } : next,
    );
  };
  const revert = () => setState(NO_DRAFT);
  const onKeyDown: DraftNumber['onKeyDown'] = (event) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape' && state.draft !== null) {
      event.stopPropagation();
      revert();
    }
  };
  const edit = (text: string) => setState({ draft: text, message: null });
  const text = state.draft ?? format(value);

  return {
    text,
    draft: state.draft,
    message: state.message,
    edit,
    commit,
    revert,
    dropDraft: () => setState((previous) => ({ ...previous, draft: null })),
    showMessage: (message) => setState((previous) => ({ ...previous, message })),
    onKeyDown,
    textFieldProps: (messageId) => ({
      type: 'text',
      inputMode: 'decimal',
      autoComplete: 'off',
      spellCheck: false,
      'aria-invalid': state.message !== null || undefined,
      'aria-describedby': state.message !== null ? messageId : undefined,
      value: text,
      onChange: (event) => edit(event.currentTarget.value),
      onKeyDown,
      onBlur: () => commit(),
    }),
  };
}
