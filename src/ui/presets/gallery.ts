/**
 * Pure helpers of the presets gallery: each preset's link, the chips on its card, the groups,
 * and which clicks the gallery handles itself (the rest are left to the browser: a new tab,
 * a new window, a download).
 */
import { PRESET_TOPICS, type Preset, type PresetTopic } from '../../presets/presets';
import { problemInfo } from '../../state/selectors';
import { isRegression } from '../../kinds/registry';
import { encodeLink } from '../../url/codec';
import { DEFAULT_VIEW } from '../../url/fields';
import { t } from '../../i18n';
import '../../i18n/en-presets'; // its words load with this chunk (docs/i18n.md)
import type { Lang } from '../../i18n/languages';
import { problemText } from '../../i18n/problem-text';
import { optimizerTitle } from '../../i18n/text';

/**
 * The query string (without "?") that opens the preset, as a link or in place, with the preset's
 * explanation as the note (`note=<id>`, docs/links.md); in `lang` when given (a link writes
 * `lang` only when it is not English).
 */
export function presetQuery(preset: Preset, lang?: Lang): string {
  const note = { kind: 'preset', id: preset.id } as const;
  const view = { ...DEFAULT_VIEW, ...preset.view, note, ...(lang ? { lang } : {}) };
  return encodeLink({ scenario: preset.scenario, view });
}

/** The chips on a card: the problem first, then each optimizer type once, in run order. */
export function presetChips(preset: Preset): { problem: string; optimizers: string[] } {
  const { problem, optimizers } = preset.scenario;
  let title = problemText(problemInfo(problem)).title;
  if (isRegression(problem) && problem.batchSize !== undefined)
    title += ` · ${t('presets.batch', { size: problem.batchSize })}`;
  const types = [...new Set(optimizers.map((o) => o.type))];
  return { problem: title, optimizers: types.map(optimizerTitle) };
}

/** The presets by topic, in the topics' order; empty topics are left out. */
export function groupByTopic(
  presets: readonly Preset[],
): { topic: PresetTopic; presets: Preset[] }[] {
  return PRESET_TOPICS.map((topic) => ({
    topic,
    presets: presets.filter((p) => p.topic === topic),
  })).filter((group) => group.presets.length > 0);
}

/** The parts of a click that decide whether it is a plain one. */
export interface ClickLike {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * A plain primary click, which the gallery turns into opening the preset in place; a click with
 * a modifier (new tab, new window, download) or another button is the browser's.
 */
export function isPlainClick(event: ClickLike): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    !event.defaultPrevented
  );
}
