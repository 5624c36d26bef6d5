import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translationMemo } from '../../src/i18n/memo';

/** A fresh i18next with two languages, as the app's (src/i18n/index.ts) but small. */
function instance() {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      en: {
        translation: {
          plain: 'Play',
          named: 'Run {{name}}',
          item_one: '{{count}} run',
          item_other: '{{count}} runs',
        },
      },
    },
  });
  return i18n;
}

describe('translations remembered (issue 17)', () => {
  it('give what i18next gives, for plain keys, interpolation and plurals', () => {
    const i18n = instance();
    const memo = translationMemo(i18n);
    const t = memo.wrap(i18n.t.bind(i18n)) as (key: string, options?: object) => string;
    for (let round = 0; round < 2; round++) {
      expect(t('plain')).toBe('Play');
      expect(t('named', { name: 'Adam' })).toBe('Run Adam');
      expect(t('named', { name: 'SGD' })).toBe('Run SGD');
      expect(t('item', { count: 1 })).toBe('1 run');
      expect(t('item', { count: 3 })).toBe('3 runs');
    }
    expect(memo.size()).toBe(5);
  });

  it('follow a change of language and resources added later', () => {
    const i18n = instance();
    const memo = translationMemo(i18n);
    const t = memo.wrap(i18n.t.bind(i18n)) as (key: string) => string;
    expect(t('plain')).toBe('Play');
    i18n.addResourceBundle('zh', 'translation', { plain: '播放' });
    expect(memo.size()).toBe(0);
    void i18n.changeLanguage('zh');
    expect(t('plain')).toBe('播放');
    i18n.addResourceBundle('zh', 'translation', { plain: '开始' }, true, true);
    expect(t('plain')).toBe('开始');
    void i18n.changeLanguage('en');
    expect(t('plain')).toBe('Play');
  });

  it('pass through what is not plain data, and keep one wrapper per t', () => {
    const i18n = instance();
    const memo = translationMemo(i18n);
    const bound = i18n.t.bind(i18n);
    const t = memo.wrap(bound) as (key: string, options?: object) => string;
    expect(memo.wrap(bound)).toBe(t);
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(t('named', cyclic)).toBe('Run x');
    expect(memo.size()).toBe(0);
  });
});
