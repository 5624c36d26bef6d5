/**
 * Keeps the address bar and the store in step: the link opened is read into the store (with a
 * notice of whatever was ignored), every change is written back by the history policy
 * (src/url/history-policy.ts), and Back/Forward restore the entry's view. During playback the
 * cursor is not written; the step is written when playback stops. A link to a model whose
 * numerics are not loaded yet applies once they are (src/state/kinds-gate.ts); at start-up
 * main.tsx loads them before the link is read.
 */
import { decodeLink, encodeLink } from '../url/codec';
import type { LinkState } from '../url/link-state';
import { historyAction } from '../url/history-policy';
import { browserLanguage, languageOfLink, navigatorLanguages, type Lang } from '../i18n/languages';
import { t } from '../i18n';
import { kindNotLoaded } from '../kinds/numerics-slot';
import type { AppState } from './app-state';
import type { AppStore } from './store';
import { sameStoreView, storeOfView, viewOfStore } from '../url/view-fields';
import { originsOf } from './run-origins';
import { applyWithKinds } from './kinds-gate';
import { loadModelKinds } from '../kinds/load-chunk';

/**
 * A replacement is written once the changes have paused this long (browsers limit history calls,
 * and `replaceState` costs a slider input about 1 ms of main-thread time: issue 17, so a drag
 * writes its link when it pauses, not during it)…
 */
export const REPLACE_DELAY_MS = 200;
/** …or at the latest this long after the first change not yet written (a long drag). */
export const REPLACE_MAX_WAIT_MS = 1000;

export interface UrlSync {
  stop(): void;
  /**
   * Opens a link as opening it would (applyLink) and records it as a new history entry
   * (`push`) or in place of the current one (`replace`), whatever the history policy would say
   * of the change: a lesson's steps are entries of their own (src/state/lesson-steps.ts).
   * `startsHistory`: the view starts the undo history anew (a lesson's step, applyLink).
   */
  open(query: string, entry: 'push' | 'replace', startsHistory?: boolean): void;
}

/** The running sync of each store (one in the app), so that `openLink` can reach it. */
const running = new WeakMap<AppStore, UrlSync>();

/**
 * Opens a link in place: through the store's URL sync, with its history entry as asked; a
 * store without one (a unit test) only applies it.
 */
export function openLink(
  store: AppStore,
  query: string,
  entry: 'push' | 'replace',
  startsHistory = false,
): void {
  const sync = running.get(store);
  if (sync) sync.open(query, entry, startsHistory);
  else void applyWithKinds(store, () => applyLink(store, query, undefined, { startsHistory }));
}

/** The part of the state a link holds. */
export function linkStateOf(state: AppState): LinkState {
  return { scenario: state.scenario, view: viewOfStore(state) };
}

/**
 * Applies a link to the store; returns the number of notices. Throws `KindNotLoaded` for a link
 * to a model whose numerics are not loaded (src/kinds/load.ts), before changing anything. A link naming no language keeps
 * the one shown, or takes `fallbackLang` (the browser's, when the page opens). The link's runs
 * become the runs' origins (what Reset returns to), except on Back/Forward (`keepOrigins`). With
 * `startsHistory` (a lesson's step: lesson-steps.ts) the undo history starts anew in the same
 * update, so that Undo never takes the step's view back to the one before it (undo-sync.ts).
 */
export function applyLink(
  store: AppStore,
  query: string,
  fallbackLang?: Lang,
  {
    keepOrigins = false,
    startsHistory = false,
  }: { keepOrigins?: boolean; startsHistory?: boolean } = {},
): number {
  const { state, notices } = decodeLink(query);
  store.setState({
    ...(startsHistory ? { undoHistory: { past: [], future: [] } } : {}),
    scenario: state.scenario,
    ...(keepOrigins ? {} : { runOrigins: originsOf(state.scenario) }),
    ...storeOfView(state.view, { lang: fallbackLang ?? store.getState().lang }),
    playing: false,
    linkNotices: notices.map((n) => ({
      text: `${n.param}: ${n.message}`,
      ...(n.said ? { said: n.said } : {}),
    })),
    workNotices: [],
  });
  return notices.length;
}

/**
 * Shows the notice `text()` says now, and again in the language shown next while it is still up:
 * at start-up the link's language loads after the link is read (src/i18n/store-sync.ts), so the
 * first words are those of the language already in.
 */
function noticeInLanguage(store: AppStore, text: () => string): void {
  let shown = text();
  store.getState().setNotice(shown);
  const stop = store.subscribe((state, previous) => {
    if (state.notice !== shown) return stop(); // dismissed or replaced
    if (state.lang === previous.lang) return;
    shown = text();
    state.setNotice(shown);
  });
}

export function startUrlSync(
  store: AppStore,
  target: Window = window,
  loadKinds: () => Promise<void> = loadModelKinds,
): UrlSync {
  const { history, location } = target;
  const fallbackLang = browserLanguage(navigatorLanguages(target.navigator));
  try {
    applyLink(store, location.search, fallbackLang);
  } catch (error) {
    // main.tsx loads a model's numerics before this; if they could not be loaded, the first view
    // is shown in the link's language, and the notice says why (src/state/kinds-gate.ts).
    if (kindNotLoaded(error) === null) throw error;
    applyLink(store, '', languageOfLink(location.search, navigatorLanguages(target.navigator)));
    noticeInLanguage(store, () => t('models.codeUnavailable'));
  }

  let written = linkStateOf(store.getState());
  let writtenQuery = encodeLink(written);
  let lastChange = 0;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // When the oldest change the pending replacement holds was made.
  let pendingSince = 0;

  const urlOf = (query: string) => `${location.pathname}?${query}${location.hash}`;
  // The link as opened may hold defaults or ignored parts: show its clean form.
  history.replaceState(history.state, '', urlOf(writtenQuery));

  const write = (mode: 'push' | 'replace', next: LinkState) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const query = encodeLink(next);
    written = next;
    if (query === writtenQuery) return;
    writtenQuery = query;
    if (mode === 'push') history.pushState(null, '', urlOf(query));
    else history.replaceState(history.state, '', urlOf(query));
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || state.playing) return;
    if (
      state.scenario === previous.scenario &&
      state.playing === previous.playing &&
      sameStoreView(state, previous)
    )
      return;
    const now = performance.now();
    const action = historyAction(written, linkStateOf(state), now - lastChange);
    lastChange = now;
    if (action === 'push') {
      // The entry being left keeps the view as it was just before this change.
      if (timer) write('replace', linkStateOf(previous));
      write('push', linkStateOf(state));
    } else if (action === 'replace') {
      if (timer) clearTimeout(timer);
      else pendingSince = now;
      const delay = Math.min(REPLACE_DELAY_MS, pendingSince + REPLACE_MAX_WAIT_MS - now);
      timer = setTimeout(() => write('replace', linkStateOf(store.getState())), Math.max(0, delay));
    }
  });

  const onPopState = () => {
    // The entry's address, read now: the load below may outlast another Back.
    const query = location.search;
    void applyWithKinds(
      store,
      () => {
        if (location.search !== query) return; // another entry was reached meanwhile
        applying = true;
        try {
          applyLink(store, query, undefined, { keepOrigins: true });
        } finally {
          applying = false;
        }
        written = linkStateOf(store.getState());
        writtenQuery = encodeLink(written);
      },
      loadKinds,
    );
  };
  target.addEventListener('popstate', onPopState);

  const sync: UrlSync = {
    stop() {
      unsubscribe();
      target.removeEventListener('popstate', onPopState);
      if (timer) clearTimeout(timer);
      running.delete(store);
    },
    open(query, entry, startsHistory = false) {
      const apply = () => {
        const before = store.getState();
        applying = true;
        try {
          applyLink(store, query, undefined, { startsHistory });
        } finally {
          applying = false;
        }
        // A gesture still waiting to be written belongs to the entry being left.
        if (timer) write('replace', linkStateOf(before));
        write(entry, linkStateOf(store.getState()));
        lastChange = performance.now();
      };
      void applyWithKinds(store, apply, loadKinds);
    },
  };
  running.set(store, sync);
  return sync;
}
