import { beforeAll, describe, expect, it } from 'vitest';
import { enAll as en } from '../../src/i18n/en-all';
import { zh } from '../../src/i18n/zh';
import { i18n } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';

// Chinese is a chunk loaded when shown (docs/i18n.md, "How languages load").
beforeAll(() => loadLanguage('zh'));

/** Every leaf of a resource tree as "a.b.c" → text. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the translations', () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it('en and zh have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('each zh text interpolates the same variables as its en text', () => {
    for (const [key, text] of english)
      expect([key, variables(chinese.get(key)!)]).toEqual([key, variables(text)]);
  });

  it('no zh text is empty where the en text is not', () => {
    for (const [key, text] of english)
      if (text.trim()) expect([key, chinese.get(key)!.trim().length > 0]).toEqual([key, true]);
  });

  it('zh is translated: all but symbols and names differ from en', () => {
    const same = [...english].filter(([key, text]) => chinese.get(key) === text).map(([k]) => k);
    // Symbols (β1, ‖∇f‖) and optimizer names (Adam, L-BFGS) read the same in both; everything else is Chinese.
    for (const key of same)
      expect([
        key,
        /^[\p{Script=Latin}\p{Script=Greek}\d\s‖∇/{}.,‖₀-₉-]*$/u.test(english.get(key)!) ||
          key === 'language.label',
      ]).toEqual([key, true]);
  });

  it('t interpolates and switches language', async () => {
    const fixed = i18n.getFixedT('zh');
    expect(fixed('timeline.stepOf', { step: 3, steps: 10 })).toBe('第 3 步，共 10 步');
    expect(i18n.getFixedT('en')('timeline.stepOf', { step: 3, steps: 10 })).toBe('step 3 of 10');
    expect(i18n.getFixedT('en')('status.linkNoticeMore', { count: 2 })).toBe('…and 2 more');
  });
});
