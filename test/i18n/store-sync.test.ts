/**
 * The store's `lang` is the language shown: a language whose strings are not loaded yet is held
 * back until they are, then the translator and the store switch together; a failed load keeps English
 * and says so (docs/i18n.md, "How languages load").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { currentLang, i18n, type Lang } from '../../src/i18n';
import { loadLanguage } from '../../src/i18n/load';
import { startLanguageSync, type LanguageSync } from '../../src/i18n/store-sync';

/** A load the test finishes by hand, over the real one (so the translator really gets Chinese). */
function manualLoader() {
  const have = new Set<Lang>(['en']);
  let finish: (ok: boolean) => void = () => {};
  const load = (lang: Lang) =>
    new Promise<boolean>((resolve) => (finish = resolve)).then(async (ok) => {
      if (!ok) throw new Error('offline');
      await loadLanguage(lang);
      have.add(lang);
    });
  return { load, loaded: (lang: Lang) => have.has(lang), finish: (ok: boolean) => finish(ok) };
}

let sync: LanguageSync | null = null;
afterEach(async () => {
  sync?.stop();
  await i18n.changeLanguage('en');
});

describe('startLanguageSync', () => {
  it('holds a change to Chinese back until its strings are in, then switches both', async () => {
    const store = createAppStore();
    const loader = manualLoader();
    sync = startLanguageSync(store, loader.load, loader.loaded);
    store.getState().setLang('zh');
    // Still English everywhere: what memoises on the store's lang never sees zh with English text.
    expect(store.getState().lang).toBe('en');
    expect(currentLang()).toBe('en');
    const loading = sync.loading();
    expect(loading?.lang).toBe('zh');

    loader.finish(true);
    await loading!.settled;
    expect(currentLang()).toBe('zh');
    expect(store.getState().lang).toBe('zh');
    expect(i18n.t('timeline.play')).toBe('播放');
    expect(sync.loading()).toBeNull();

    // Loaded languages switch at once, both ways.
    store.getState().setLang('en');
    expect(currentLang()).toBe('en');
    store.getState().setLang('zh');
    expect(currentLang()).toBe('zh');
    expect(sync.loading()).toBeNull();
  });

  it('tells its subscribers when a load starts and ends (the picker’s busy state)', async () => {
    const store = createAppStore();
    const loader = manualLoader();
    sync = startLanguageSync(store, loader.load, loader.loaded);
    const seen: (Lang | null)[] = [];
    const unsubscribe = sync.subscribe(() => seen.push(sync!.loading()?.lang ?? null));
    store.getState().setLang('zh');
    expect(seen).toEqual(['zh']);
    loader.finish(true);
    await sync.loading()!.settled;
    await Promise.resolve();
    expect(seen).toEqual(['zh', null]);
    unsubscribe();
    store.getState().setLang('en');
    expect(seen).toEqual(['zh', null]);
  });

  it('a link’s language at the start is loaded before anything shows it', async () => {
    const store = createAppStore();
    store.setState({ lang: 'zh' });
    const loader = manualLoader();
    sync = startLanguageSync(store, loader.load, loader.loaded);
    expect(store.getState().lang).toBe('en');
    loader.finish(true);
    await sync.loading()!.settled;
    expect(store.getState().lang).toBe('zh');
    expect(currentLang()).toBe('zh');
  });

  it('a failed load keeps English and says why, in both languages', async () => {
    const store = createAppStore();
    const loader = manualLoader();
    sync = startLanguageSync(store, loader.load, loader.loaded);
    store.getState().setLang('zh');
    const loading = sync.loading()!;
    loader.finish(false);
    await loading.settled;
    expect(store.getState().lang).toBe('en');
    expect(currentLang()).toBe('en');
    expect(store.getState().notice).toMatch(/^Chinese could not be loaded.*中文界面未能加载/);
    expect(sync.loading()).toBeNull();
  });
});
