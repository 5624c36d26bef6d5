import { describe, expect, it } from 'vitest';
import { Translator } from '../../src/i18n/translator';

/** A translator with two languages, as the app's (src/i18n/index.ts) but small. */
function instance() {
  const i18n = new Translator('en', 'en');
  i18n.addResourceBundle('en', 'translation', {
    plain: 'Play',
    named: 'Run {{name}}',
    spaced: 'Run {{ name }} at {{lr}}',
    nested: { deeper: { key: 'Deep' }, path: 'Value {{run.name}}' },
    item_one: '{{count}} run',
    item_other: '{{count}} runs',
    none_zero: 'no runs',
    none_one: 'one run',
    none_other: '{{count}} runs',
    onlyEnglish: 'English only',
  });
  i18n.addResourceBundle('zh', 'translation', {
    plain: '播放',
    named: '运行 {{name}}',
    item_one: '{{count}} 个运行',
    item_other: '{{count}} 个运行（多）',
    nested: { deeper: { key: '深' } },
  });
  return i18n;
}

describe('the translator (src/i18n/translator.ts, issue 17)', () => {
  it('reads dotted keys into nested strings', () => {
    const i18n = instance();
    expect(i18n.t('plain')).toBe('Play');
    expect(i18n.t('nested.deeper.key')).toBe('Deep');
  });

  it('interpolates named values, spaced names and paths, and leaves names not given as written', () => {
    const { t } = instance();
    expect(t('named', { name: 'Adam' })).toBe('Run Adam');
    expect(t('spaced', { name: 'SGD', lr: 0.01 })).toBe('Run SGD at 0.01');
    expect(t('nested.path', { run: { name: 'Lion' } })).toBe('Value Lion');
    expect(t('named', {})).toBe('Run {{name}}');
    expect(t('named', { name: undefined })).toBe('Run ');
    expect(t('named', { name: null })).toBe('Run ');
    // A value is inserted as text, never read as a placeholder or markup.
    expect(t('named', { name: '{{lr}} <b>', lr: 1 })).toBe('Run {{lr}} <b>');
  });

  it('chooses English plural forms by count, with _zero first when present', () => {
    const { t } = instance();
    expect(t('item', { count: 1 })).toBe('1 run');
    expect(t('item', { count: 3 })).toBe('3 runs');
    expect(t('item', { count: 0 })).toBe('0 runs');
    expect(t('none', { count: 0 })).toBe('no runs');
    expect(t('none', { count: 1 })).toBe('one run');
    expect(t('none', { count: 2 })).toBe('2 runs');
  });

  it('follows the language shown, with Chinese plurals in their one form', async () => {
    const i18n = instance();
    await i18n.changeLanguage('zh');
    expect(i18n.language).toBe('zh');
    expect(i18n.t('plain')).toBe('播放');
    expect(i18n.t('named', { name: 'Adam' })).toBe('运行 Adam');
    // Chinese has no 'one' category: every count takes _other.
    expect(i18n.t('item', { count: 1 })).toBe('1 个运行（多）');
    expect(i18n.t('nested.deeper.key')).toBe('深');
  });

  it('falls back to English, then to the key', async () => {
    const i18n = instance();
    await i18n.changeLanguage('zh');
    expect(i18n.t('onlyEnglish')).toBe('English only');
    expect(i18n.t('none', { count: 0 })).toBe('no runs');
    expect(i18n.t('missing.key')).toBe('missing.key');
  });

  it('gives one fixed t per language, translating in it whatever language is shown', async () => {
    const i18n = instance();
    const zh = i18n.getFixedT('zh');
    expect(i18n.getFixedT('zh')).toBe(zh);
    expect(zh('plain')).toBe('播放');
    expect(i18n.getFixedT('en')('plain')).toBe('Play');
    await i18n.changeLanguage('zh');
    expect(i18n.getFixedT('en')('plain')).toBe('Play');
  });

  it('merges bundles added later, keeping existing keys unless told to overwrite', () => {
    const i18n = instance();
    expect(i18n.hasResourceBundle('fr')).toBe(false);
    i18n.addResourceBundle('en', 'translation', { plain: 'Go', extra: { one: 'Extra' } });
    expect(i18n.t('plain')).toBe('Play');
    expect(i18n.t('extra.one')).toBe('Extra');
    i18n.addResourceBundle('en', 'translation', { plain: 'Go' }, true, true);
    expect(i18n.t('plain')).toBe('Go');
    expect(i18n.t('nested.deeper.key')).toBe('Deep');
  });

  it('tells listeners when the language changes or strings are added, and stops when told', async () => {
    const i18n = instance();
    const seen: string[] = [];
    const onLanguage = () => seen.push(`lang:${i18n.language}`);
    const onAdded = () => seen.push('added');
    i18n.on('languageChanged', onLanguage);
    i18n.on('added', onAdded);
    await i18n.changeLanguage('zh');
    await i18n.changeLanguage('zh');
    i18n.addResourceBundle('zh', 'translation', { more: '更多' });
    i18n.off('languageChanged', onLanguage);
    await i18n.changeLanguage('en');
    expect(seen).toEqual(['lang:zh', 'added']);
  });
});
