/**
 * The note on the screen (issue 14, point 3; docs/links.md, "The note"): the explanation of what
 * is shown, either a preset's (its title and two sentences, in the language shown) or the user's
 * own short text. Pure: the text rules here are the same for a note typed, read from a link or
 * set by a test, so that a note always reads back to itself.
 */
import { toWellFormed } from '../scenario/text';
import type { ProblemSpec } from '../scenario/types';

/** A preset's explanation, by the preset's id, or the user's own text. */
export type ViewNote = { kind: 'preset'; id: string } | { kind: 'text'; text: string };

/** The most UTF-16 code units a note of the user's holds: a short note, not an essay. */
export const MAX_NOTE_LENGTH = 280;

// Bidirectional overrides and isolates: they could make a note read backwards.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Control characters (C0, DEL, C1) and line/paragraph separators: a note is one paragraph.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The user's text as a note holds it: well-formed (no lone surrogate), without control or
 * bidirectional-override characters, its white space collapsed to single spaces, trimmed, and at
 * most MAX_NOTE_LENGTH code units, cut with "…" (never inside a surrogate pair); `shortened` says
 * whether it was cut. Idempotent, so a note written to a link reads back the same. Only ever
 * rendered as text, never as markup.
 */
export function cleanNote(text: string): { text: string; shortened: boolean } {
  // Cut a very long input first, so a 10⁶-character paste costs no more than a short one.
  const head = text.length > MAX_NOTE_LENGTH * 4 ? text.slice(0, MAX_NOTE_LENGTH * 4) : text;
  const clean = toWellFormed(head)
    .replace(BIDI_CONTROLS, '')
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_NOTE_LENGTH) return { text: clean, shortened: head !== text };
  let end = MAX_NOTE_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(clean.charAt(end - 1))) end--;
  return { text: `${clean.slice(0, end).trimEnd()}…`, shortened: true };
}

/** The user's text as a note holds it (cleanNote, without the report). */
export function cleanNoteText(text: string): string {
  return cleanNote(text).text;
}

/** The user's text as a note; null when nothing is left of it. */
export function textNote(text: string): ViewNote | null {
  const clean = cleanNoteText(text);
  return clean ? { kind: 'text', text: clean } : null;
}

/** A note as the store keeps it: a text note cleaned (null when empty), a preset's as it is. */
export function normalizeNote(note: ViewNote | null): ViewNote | null {
  if (!note) return null;
  return note.kind === 'text' ? textNote(note.text) : note;
}

/**
 * What counts as "another problem" for the note: a built-in function by its name, any other
 * problem by its type. Editing a formula, a dataset or a model's layers keeps the experiment
 * (and its note); picking another function or kind of problem starts a new one.
 */
export function problemIdentity(problem: ProblemSpec): string {
  return problem.type === 'function' ? `function:${problem.name}` : problem.type;
}
