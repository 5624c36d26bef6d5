/**
 * Makes the language shown follow the store's `lang` (set from the link, the browser or the
 * picker). Imported for its effect by the app's root component, before the link is read, so the
 * first paint is already in the link's or the browser's language.
 */
import { appStore } from '../state/store';
import { applyLanguage } from '.';

applyLanguage(appStore.getState().lang);
appStore.subscribe((state, previous) => {
  if (state.lang !== previous.lang) applyLanguage(state.lang);
});
