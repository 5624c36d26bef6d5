/**
 * A preset's title and two sentences for the note, in a language. Loaded on demand (note-text.ts):
 * the presets' scenarios and texts stay out of the first view's JavaScript (issue 8), as for the
 * gallery, whose chunk this shares.
 */
import { getPreset } from '../../presets/presets';
import { PRESETS_ZH } from '../../i18n/presets.zh';
import type { Lang } from '../../i18n/languages';

/** The preset's title and summary in `lang` (English when untranslated); null for no such preset. */
export function presetNoteText(id: string, lang: Lang): { title: string; summary: string } | null {
  const preset = getPreset(id);
  if (!preset) return null;
  const zh = lang === 'zh' ? PRESETS_ZH[id] : undefined;
  return zh ?? { title: preset.title, summary: preset.summary };
}
