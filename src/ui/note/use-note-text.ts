/**
 * What the note shows: its title and text in the language shown. A preset's explanation comes
 * from the presets' own texts, loaded on demand (preset-note-text.ts); the user's note is its
 * text under the heading "Note".
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../i18n/languages';
import type { ViewNote } from '../../state/note';
import { onDemand } from '../lazy/on-demand';

const loadPresetTexts = onDemand(() => import('./preset-note-text'));

type PresetTexts = typeof import('./preset-note-text');

/** The note's heading and body; 'loading' while a preset's texts arrive; null for none. */
export type NoteText = { title: string; body: string } | 'loading' | null;

export function useNoteText(note: ViewNote | null, lang: Lang, ownTitle: string): NoteText {
  const [texts, setTexts] = useState<PresetTexts | null>(null);
  const needsTexts = note?.kind === 'preset' && texts === null;
  useEffect(() => {
    if (!needsTexts) return;
    let live = true;
    // A failed load is tried again on the next preset note (onDemand forgets failures).
    loadPresetTexts().then(
      (module) => live && setTexts(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needsTexts]);

  if (!note) return null;
  if (note.kind === 'text') return { title: ownTitle, body: note.text };
  if (!texts) return 'loading';
  const text = texts.presetNoteText(note.id, lang);
  return text && { title: text.title, body: text.summary };
}
