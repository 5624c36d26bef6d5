import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../src/core/problems/functions';
import { PRESETS, PRESET_TOPICS } from '../../src/presets/presets';
import { FUNCTIONS_ZH } from '../../src/i18n/problems.zh';
import { PRESETS_ZH, PRESET_TOPICS_ZH } from '../../src/i18n/presets.zh';
import { problemTextZh } from '../../src/i18n/problem-text';
import { describeProblem } from '../../src/core/problems';
import { CJK } from './cjk';
import { loadLanguage } from '../../src/i18n/load';

// Chinese is a chunk loaded when shown (docs/i18n.md, "How languages load").
beforeAll(() => loadLanguage('zh'));

describe('Chinese problem and preset texts', () => {
  it('every built-in function has a Chinese title and note', () => {
    expect(FUNCTIONS).toHaveLength(16);
    for (const fn of FUNCTIONS) {
      const text = FUNCTIONS_ZH[fn.name];
      expect(text, fn.name).toBeDefined();
      expect(text!.title).toMatch(CJK);
      expect(text!.note).toMatch(CJK);
    }
    expect(Object.keys(FUNCTIONS_ZH).sort()).toEqual(FUNCTIONS.map((fn) => fn.name).sort());
  });

  it('the models and the typed formula have Chinese titles and notes', () => {
    for (const type of ['linear-regression', 'logistic-regression', 'mlp'] as const) {
      const text = problemTextZh(describeProblem({ type }).info);
      expect(text?.title, type).toMatch(CJK);
      expect(text?.note, type).toMatch(CJK);
    }
    expect(problemTextZh(describeProblem({ type: 'mlp' }).info)!.title).toBe(
      'MLP 2-16-16-1（tanh）· 双月数据',
    );
  });

  it('every preset has a Chinese title and summary that keep its numbers', () => {
    for (const preset of PRESETS) {
      const text = PRESETS_ZH[preset.id];
      expect(text, preset.id).toBeDefined();
      expect(text!.title).toMatch(CJK);
      expect(text!.summary).toMatch(CJK);
      // A number changed in the English (checked against a run) must change here too.
      const numbers = (s: string) => new Set(s.match(/\d+(?:\.\d+)?/g));
      for (const n of numbers(preset.summary))
        expect([preset.id, numbers(text!.summary).has(n)]).toEqual([preset.id, true]);
    }
    expect(Object.keys(PRESETS_ZH).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it('every topic has a Chinese name', () => {
    for (const topic of PRESET_TOPICS) expect(PRESET_TOPICS_ZH[topic]).toMatch(CJK);
  });
});
