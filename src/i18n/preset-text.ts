/**
 * The presets' titles, summaries and topics in the language shown. Apart from text.ts: only the
 * presets gallery shows them, and it loads on demand with its translations (issue 8, initial
 * JavaScript). The presets keep their English (the CLI, links and tests use it).
 */
import type { Preset, PresetTopic } from '../presets/presets';
import { currentLang } from '.';
import { PRESETS_ZH, PRESET_TOPICS_ZH } from './presets.zh';

/** A preset's title and summary in the language shown (English when there is no translation). */
export function presetText(preset: Pick<Preset, 'id' | 'title' | 'summary'>): {
  title: string;
  summary: string;
} {
  const zh = currentLang() === 'zh' ? PRESETS_ZH[preset.id] : undefined;
  return zh ?? { title: preset.title, summary: preset.summary };
}

/** A gallery topic's heading in the language shown. */
export function presetTopic(topic: PresetTopic): string {
  return currentLang() === 'zh' ? PRESET_TOPICS_ZH[topic] : topic;
}
