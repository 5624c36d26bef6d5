/**
 * Names from the core and the presets in the language shown: optimizer types, hyperparameter
 * labels, preset titles, summaries and topics. The core and presets keep their English (the CLI,
 * links and tests use it); these map it for the screen.
 */
import type { HyperparamName } from '../core/optimizers';
import type { Preset, PresetTopic } from '../presets/presets';
import type { OptimizerType } from '../scenario/types';
import { currentLang, t } from '.';
import { PRESETS_ZH, PRESET_TOPICS_ZH } from './presets.zh';

/** An optimizer type's display name ("Gradient descent", "梯度下降"). */
export function optimizerTitle(type: OptimizerType): string {
  return t(`optimizer.${type}`);
}

/** A hyperparameter's label, the accessible name of its slider ("learning rate α", "学习率 α"). */
export function hyperparamLabel(name: HyperparamName): string {
  return t(`hyperparam.${name}`);
}

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

const AXIS_KEYS = {
  'PC 1': 'landscape.pc1',
  'PC 2': 'landscape.pc2',
  'direction 1': 'landscape.direction1',
  'direction 2': 'landscape.direction2',
} as const;

/** A landscape axis' name: a model slice's directions are words; x, y, w, b are symbols. */
export function axisName(name: string): string {
  const key = (AXIS_KEYS as Record<string, (typeof AXIS_KEYS)[keyof typeof AXIS_KEYS]>)[name];
  return key ? t(key) : name;
}
