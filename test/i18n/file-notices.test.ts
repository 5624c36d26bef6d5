/**
 * Opening a scenario file says what happened in the language shown (src/ui/share/open-file.ts):
 * the import's refusals carry their words' key, whose English is the import's own reason.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { expectSaidInBothLanguages } from './said-words';
import { importScenario } from '../../src/url/import';
import { createAppStore } from '../../src/state/store';
import { openScenarioFile } from '../../src/ui/share/open-file';

beforeAll(() => loadLanguage('zh'));
afterEach(() => void i18n.changeLanguage('en'));

const GOOD = JSON.stringify({
  problem: { type: 'function', name: 'rosenbrock' },
  steps: 30,
  optimizers: [{ type: 'gd', lr: 0.1 }],
});

/** Files the import refuses, one for each reason. */
const REFUSED: Record<string, string> = {
  'scenarioFile.tooLarge': ' '.repeat(1_000_001),
  'scenarioFile.notJsonAt': '{\n  "steps": 10,\n  "seed": x\n}',
  'scenarioFile.notObject': '[1]',
};

const opened = async (text: string, name: string) => {
  const store = createAppStore();
  const ok = await openScenarioFile(store, new File([text], name));
  return { ok, notice: store.getState().notice };
};

describe('a scenario file’s notices, in the language shown', () => {
  it.each(Object.entries(REFUSED))('%s: the English is the import’s reason', (key, text) => {
    const result = importScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.said.key).toBe(key);
    expectSaidInBothLanguages(result.said, result.error);
  });

  it('a refusal and an opened file in Chinese, naming the file', async () => {
    void i18n.changeLanguage('zh');
    const refused = await opened('[1]', 'a.json');
    expect(refused).toEqual({
      ok: false,
      notice: '无法打开 a.json：文件中没有场景（一个 JSON 对象）',
    });
    const bad = await opened('{\n  "steps": 10,\n  "seed": x\n}', 'b.json');
    expect(bad.notice).toMatch(/^无法打开 b\.json：不是有效的 JSON（第 3 行第 11 列：/);
    expect(await opened(GOOD, 'c.json')).toEqual({ ok: true, notice: '已打开 c.json。' });
  });

  it('the same in English', async () => {
    expect((await opened('[1]', 'a.json')).notice).toBe(
      'Could not open a.json: it does not hold a scenario (a JSON object)',
    );
    expect((await opened(GOOD, 'c.json')).notice).toBe('Opened c.json.');
  });
});
