// Shared component styles first, so that each component's own stylesheet comes after them.
import './ui/styles/shared.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Engine } from './engine/client';
import { appStore } from './state/store';
import { startSync } from './state/sync';
import { createFrameBeat } from './state/frame-beat';
import { frameBeatElement } from './ui/frame-beat-element';
import { startUrlSync } from './state/url-sync';
import { startNoteSync } from './state/note-sync';
import { startLessonSync } from './state/lesson-sync';
import { startUndoSync } from './state/undo-sync';
import { startRecomputeShown } from './state/recompute-shown';
import { App } from './ui/App';
import { EngineContext } from './ui/engine-context';
import './ui/global.css';
import './pwa';
import { startTheme } from './ui/theme/theme';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { faults } from './ui/fault-injection';
import { languageLoading } from './i18n/store-sync';
import { LanguageLoading } from './i18n/LanguageLoading';
import { withKinds } from './kinds/load';
import { loadModelKinds } from './kinds/load-chunk';
import { decodeLink } from './url/codec';
import { LOADING_NOTICE_AFTER_MS } from './state/kinds-gate';
import { ModelLoading } from './ui/ModelLoading';
import { languageOfLink, navigatorLanguages } from './i18n/languages';
import { t } from './i18n';

const engine = new Engine({
  // In the language shown (the worker's own error message inside stays English).
  onRestart: (reason, said) =>
    appStore.getState().setNotice(said ? t(said.key, said.values) : reason),
  onBusy: (busy) => appStore.getState().setComputing(busy),
});
// Frames on the display's beat while runs are asked for (src/state/frame-beat.ts).
const frameBeat = createFrameBeat(frameBeatElement());
// A handle for end-to-end tests and the browser benchmark (fault injection, reading state).
Object.assign(window, { __descent: { store: appStore, engine, faults, frameBeat } });

// React 18 reports an error a boundary caught to the console as well (the error itself); the
// panel's boundary adds the line that names the panel (src/ui/ErrorBoundary.tsx).
const root = createRoot(document.getElementById('root')!);

// The theme is set before the first render, so the first paint is already in it.
startTheme();

// The link is read before the engine's first run, so that the first run is the link's.
const openedQuery = window.location.search;
function start() {
  // The store's listeners. A young lag of the results is the store's default (`lagShown` false),
  // so no view sees a slider's input as a lag to dim (src/state/recompute-shown.ts).
  startRecomputeShown(appStore);
  startUrlSync(appStore);
  // After the link is read: the lesson it names (if any) loads, and may open its step's view.
  startLessonSync(appStore, openedQuery);
  startNoteSync(appStore);
  startUndoSync(appStore);
  const sync = startSync(appStore, engine, frameBeat);

  const app = (
    <StrictMode>
      <EngineContext.Provider value={{ engine, sync }}>
        {/* The last resort: each panel has its own boundary inside (src/ui/App.tsx). */}
        <ErrorBoundary panel="app">
          <App />
        </ErrorBoundary>
      </EngineContext.Provider>
    </StrictMode>
  );
  // A language other than English renders once its strings are in (docs/i18n.md, "How languages
  // load"), meanwhile a line in that language: no English flash, no blank page. The engine's
  // first run has started already.
  const loading = languageLoading();
  if (loading) {
    root.render(<LanguageLoading lang={loading.lang} />);
    void loading.settled.then(() => root.render(app));
  } else root.render(app);
}

// A link to a model: its numerics load first (src/kinds/load.ts), so that the link is read
// whole and the first view shown is the model; a line says so if that takes a moment. If they
// cannot load, startUrlSync shows the first view with a notice. (No top-level await: the chunk
// imports this entry's own chunk, which must have finished evaluating first.)
const modelLoading = withKinds(() => decodeLink(openedQuery), loadModelKinds);
if (modelLoading instanceof Promise) {
  // In the language the page will show (languageOfLink, as url-sync.ts reads it too).
  const lang = languageOfLink(openedQuery, navigatorLanguages(window.navigator));
  const line = setTimeout(() => root.render(<ModelLoading lang={lang} />), LOADING_NOTICE_AFTER_MS);
  void modelLoading
    .catch((error: unknown) => console.warn('the models’ code could not be loaded', error))
    .then(() => {
      clearTimeout(line);
      start();
    });
} else start();
