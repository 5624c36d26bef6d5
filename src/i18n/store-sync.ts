/**
 * Makes the language shown follow the store's `lang` (set from the link, the browser or the
 * picker). Imported for its effect by the app's root component, before the link is read.
 *
 * The store's `lang` is the language shown, and components memoise on it (run names, the α
 * sweep's axis), so it must never name a language whose strings are not in yet. A change to such
 * a language is held back (docs/i18n.md, "How languages load"): the store keeps the language
 * shown, the chunk loads, then the translator and the store switch together. If it fails (offline before
 * the chunk was ever cached), the app stays in the language shown and says so in a notice.
 */
import { useSyncExternalStore } from 'react';
import { appStore, type AppStore } from '../state/store';
import { applyLanguage, currentLang, t } from '.';
import type { Lang } from './languages';
import { isLoaded, loadLanguage } from './load';

export interface LanguageSync {
  /**
   * The language being loaded, if any; `settled` resolves when it is shown, or, failing to load,
   * when the notice is up. main.tsx waits for it before the first render.
   */
  loading(): { lang: Lang; settled: Promise<void> } | null;
  /** Calls `listener` when a load starts or ends (the picker's busy state); returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/** Keeps the translator on `store`'s `lang`; `load` fetches a language's strings (load.ts). */
export function startLanguageSync(
  store: AppStore,
  load: (lang: Lang) => Promise<void> = loadLanguage,
  loaded: (lang: Lang) => boolean = isLoaded,
): LanguageSync {
  // The language asked for last: a load that completes later applies only if it still is.
  let wanted: Lang = store.getState().lang;
  let pending: { lang: Lang; settled: Promise<void> } | null = null;
  const listeners = new Set<() => void>();
  const setPending = (entry: typeof pending) => {
    pending = entry;
    for (const listener of listeners) listener();
  };

  const follow = (lang: Lang) => {
    wanted = lang;
    if (loaded(lang)) {
      applyLanguage(lang);
      return;
    }
    // Held back: the store names the language shown until `lang`'s strings are in.
    store.setState({ lang: currentLang() });
    const settled = load(lang).then(
      () => {
        if (wanted !== lang) return;
        applyLanguage(lang);
        store.getState().setLang(lang);
      },
      () => {
        if (wanted !== lang) return;
        wanted = currentLang();
        store.getState().setNotice(t('language.unavailable'));
      },
    );
    const entry = { lang, settled };
    setPending(entry);
    void settled.then(() => {
      if (pending === entry) setPending(null);
    });
  };

  follow(store.getState().lang);
  const stop = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang && state.lang !== currentLang()) follow(state.lang);
  });
  return {
    loading: () => pending,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}

const sync = startLanguageSync(appStore);

/** The app's language being loaded, if any (LanguageSync.loading). */
export const languageLoading = () => sync.loading();

/** The language the picker asked for while its strings load, else null (re-renders on change). */
export const useLanguageLoading = (): Lang | null =>
  useSyncExternalStore(sync.subscribe, () => sync.loading()?.lang ?? null);
