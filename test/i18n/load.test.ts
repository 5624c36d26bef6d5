/**
 * Chinese loads on demand (docs/i18n.md, "How languages load"): English is always in; Chinese is
 * in once its chunk loaded, and a failed fetch is tried again on the next call.
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { isLoaded, loadLanguage, problemsZh } from '../../src/i18n/load';
import { problemTextZh } from '../../src/i18n/problem-text';

describe('loadLanguage', () => {
  it('English needs no load; Chinese is in after its chunk, and a failure is retried', async () => {
    expect(isLoaded('en')).toBe(true);
    await loadLanguage('en');
    expect(isLoaded('zh')).toBe(false);
    expect(i18n.hasResourceBundle('zh', 'translation')).toBe(false);
    expect(problemsZh()).toBeNull();
    expect(problemTextZh({ name: 'rosenbrock', title: 'Rosenbrock', note: '' })).toBeNull();

    await expect(loadLanguage('zh', () => Promise.reject(new Error('offline')))).rejects.toThrow(
      'offline',
    );
    expect(isLoaded('zh')).toBe(false);

    await loadLanguage('zh');
    expect(isLoaded('zh')).toBe(true);
    expect(i18n.getFixedT('zh')('timeline.play')).toBe('播放');
    expect(problemTextZh({ name: 'rosenbrock', title: 'Rosenbrock', note: '' })?.title).toBe(
      'Rosenbrock 函数',
    );
    // Once in, it is never fetched again.
    await loadLanguage('zh', () => Promise.reject(new Error('fetched twice')));
  });
});
