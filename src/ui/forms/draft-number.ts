/**
 * The pure part of a number field that holds a draft while typed and commits it on Enter or blur
 * (use-draft-number.ts): what a commit stores and what the field shows afterwards. Kept apart from
 * React so that it is unit-tested (test/ui/draft-number.test.ts).
 */

/** A typed text read: a value (with an optional note, e.g. "clamped to …") or why it is refused. */
export type Parsed<V> =
  { ok: true; value: V; message?: string | null } | { ok: false; message: string | null };

/** What the field holds besides the committed value. */
export interface DraftState {
  /** The text being edited; null shows the committed value. */
  draft: string | null;
  /** Shown beside the field: why the text was refused, or how it was changed. */
  message: string | null;
}

export const NO_DRAFT: DraftState = { draft: null, message: null };

/** A commit's outcome: the value to store, if any, and the field's state after it. */
export type CommitStep<V> =
  { changed: true; value: V; next: DraftState } | { changed: false; next: DraftState };

/**
 * What committing `text` does. `keepInvalid`: a refused text stays in the field with its message
 * (the text fields); otherwise the field shows the committed value again (the spinners), with the
 * message. An unchanged value stores nothing: it would make a new scenario and rerun every run.
 */
export function commitText<V>(
  text: string,
  parse: (text: string) => Parsed<V>,
  current: V,
  keepInvalid: boolean,
): CommitStep<V> {
  const parsed = parse(text);
  if (!parsed.ok) return { changed: false, next: refused(text, parsed.message, keepInvalid) };
  const next = { draft: null, message: parsed.message ?? null };
  return parsed.value === current
    ? { changed: false, next }
    : { changed: true, value: parsed.value, next };
}

/** The state after a text was refused, by parsing or by a later check (a schedule's validator). */
export function refused(text: string, message: string | null, keepInvalid: boolean): DraftState {
  return { draft: keepInvalid ? text : null, message };
}

/** A `(text) => value | null` reader as a Parsed one, for fields that show no message. */
export function fromNullable<V>(read: (text: string) => V | null): (text: string) => Parsed<V> {
  return (text) => {
    const value = read(text);
    return value === null ? { ok: false, message: null } : { ok: true, value };
  };
}
