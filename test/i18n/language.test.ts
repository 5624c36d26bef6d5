import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  languageOfLink,
  navigatorLanguages,
  resolveLanguage,
} from '../../src/i18n/languages';
import { createAppStore } from '../../src/state/store';
import { applyLink, linkStateOf } from '../../src/state/url-sync';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { historyAction } from '../../src/url/history-policy';

describe('the language shown', () => {
  it('is the link’s when it names one, whatever the browser prefers', () => {
    expect(resolveLanguage('zh', ['en-US'])).toBe('zh');
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('is the browser’s without a usable link language: any Chinese preference gives zh', () => {
    expect(resolveLanguage(null, ['zh-CN'])).toBe('zh');
    expect(resolveLanguage(undefined, ['en-GB', 'zh-TW'])).toBe('zh');
    expect(resolveLanguage('fr', ['zh-Hans'])).toBe('zh');
    expect(resolveLanguage(null, ['fr-FR', 'en'])).toBe('en');
    expect(browserLanguage(['ZH_cn'])).toBe('zh');
  });

  it('of a link, before it is decoded: its lang field, else the browser’s', () => {
    expect(languageOfLink('?p=mlp&n=40&lang=zh', ['en-US'])).toBe('zh');
    expect(languageOfLink('?p=mlp&lang=fr', ['zh-CN'])).toBe('zh');
    expect(languageOfLink('', ['en'])).toBe('en');
  });

  it('is English without either', () => {
    expect(resolveLanguage(null, [])).toBe('en');
    expect(resolveLanguage(null, undefined)).toBe('en');
    expect(navigatorLanguages(undefined)).toEqual([]);
    expect(navigatorLanguages({ languages: [], language: 'zh-CN' })).toEqual(['zh-CN']);
  });
});

describe('lang in a link', () => {
  it('is written only when it is not English, and read back', () => {
    const store = createAppStore();
    store.getState().setLang('zh');
    const query = encodeLink(linkStateOf(store.getState()));
    expect(new URLSearchParams(query).get('lang')).toBe('zh');
    expect(decodeLink(query).state.view.lang).toBe('zh');
    store.getState().setLang('en');
    expect(new URLSearchParams(encodeLink(linkStateOf(store.getState()))).has('lang')).toBe(false);
  });

  it('an unknown language is ignored with a notice', () => {
    const { state, notices } = decodeLink('lang=fr');
    expect(state.view.lang).toBeUndefined();
    expect(notices.map((n) => n.param)).toContain('lang');
  });

  it('applying a link: its lang wins, else the fallback, else the language shown stays', () => {
    const store = createAppStore();
    applyLink(store, 'lang=zh', 'en');
    expect(store.getState().lang).toBe('zh');
    applyLink(store, '', 'en');
    expect(store.getState().lang).toBe('en');
    store.getState().setLang('zh');
    applyLink(store, 'steps=20');
    expect(store.getState().lang).toBe('zh');
  });

  it('changing the language replaces the history entry, like the chart tab', () => {
    const store = createAppStore();
    const before = linkStateOf(store.getState());
    store.getState().setLang('zh');
    expect(historyAction(before, linkStateOf(store.getState()), 5000)).toBe('replace');
  });
});
