/**
 * The link's `note` parameter (docs/links.md, "The note"): a preset's id (`note=momentum-ellipse`)
 * or the user's own note as percent-encoded text. Whatever a link holds, reading gives a plain,
 * capped note (src/state/note.ts) or none; the note is only ever rendered as text.
 */
import { isPresetId } from '../presets/preset-ids';
import { MAX_NOTE_LENGTH, cleanNote, type ViewNote } from '../state/note';
import { decodeText, encodeText } from './syntax';

/**
 * The longest raw `note` value read (codec.ts): a note of MAX_NOTE_LENGTH code units in any
 * script, percent-encoded (at most 9 characters per code unit: `%E4%B8%AD`). Longer is ignored
 * with a notice, before any decoding.
 */
export const MAX_NOTE_LINK_LENGTH = MAX_NOTE_LENGTH * 9;

/** The parameter's value for a note. */
export function writeNoteParam(note: ViewNote): string {
  return note.kind === 'preset' ? note.id : encodeText(note.text);
}

/**
 * A raw (percent-encoded) value read as a note: a preset's when it names one, else the text,
 * cleaned. `message` names what was left out (the codec adds "; ignored"): the text past the cap,
 * or a value with no text to show.
 */
export function readNoteParam(raw: string): { note: ViewNote | null; message: string | null } {
  const text = decodeText(raw);
  const trimmed = text.trim();
  if (isPresetId(trimmed)) return { note: { kind: 'preset', id: trimmed }, message: null };
  const { text: clean, shortened } = cleanNote(text);
  if (!clean) return { note: null, message: text.length ? 'holds no text to show' : null };
  return {
    note: { kind: 'text', text: clean },
    message: shortened ? `the text after ${MAX_NOTE_LENGTH} characters` : null,
  };
}
