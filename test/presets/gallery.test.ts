import { describe, expect, it } from 'vitest';
import { PRESET_TOPICS, PRESETS, getPreset } from '../../src/presets/presets';
import { groupByTopic, isPlainClick, presetChips, presetQuery } from '../../src/ui/presets/gallery';
import { decodeLink } from '../../src/url/codec';

const click = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};

describe('presetQuery(preset)', () => {
  it('is a link that opens the preset’s scenario', () => {
    for (const preset of PRESETS)
      expect(decodeLink(presetQuery(preset)).state.scenario).toEqual(preset.scenario);
  });

  it('starts with the link version and names the problem', () => {
    const query = presetQuery(getPreset('saddle-escape')!);
    expect(query.startsWith('v=1&')).toBe(true);
    expect(query).toContain('p=saddle');
  });
});

describe('presetChips(preset)', () => {
  it('names the problem, then each optimizer type once in run order', () => {
    expect(presetChips(getPreset('adam-large-eps')!)).toEqual({
      problem: 'Ill-conditioned ellipse',
      optimizers: ['Adam', 'Gradient descent'],
    });
  });

  it('adds the batch size to a mini-batch regression', () => {
    expect(presetChips(getPreset('minibatch-noise')!).problem).toMatch(/batch 5$/);
  });
});

describe('groupByTopic(presets)', () => {
  it('keeps every preset once, grouped in the topics’ order', () => {
    const groups = groupByTopic(PRESETS);
    expect(groups.flatMap((g) => g.presets)).toHaveLength(PRESETS.length);
    expect(groups.map((g) => g.topic)).toEqual(
      PRESET_TOPICS.filter((t) => groups.some((g) => g.topic === t)),
    );
    for (const group of groups) for (const p of group.presets) expect(p.topic).toBe(group.topic);
  });

  it('leaves out empty topics', () => {
    expect(groupByTopic([getPreset('schedules')!]).map((g) => g.topic)).toEqual(['Schedules']);
  });
});

describe('isPlainClick(event)', () => {
  it('is true for a plain primary click', () => {
    expect(isPlainClick(click)).toBe(true);
  });

  it('leaves modified, secondary and already handled clicks to the browser', () => {
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey', 'defaultPrevented'] as const)
      expect(isPlainClick({ ...click, [key]: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});
