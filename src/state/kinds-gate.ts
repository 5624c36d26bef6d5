/**
 * Applying what may name a model whose numerics are not loaded yet (issue 17; src/kinds/load.ts):
 * a link (at start-up, Back/Forward, a lesson step, a preset), a scenario file, a problem picked.
 * As a language is (docs/i18n.md, "How languages load"), the change is held back until the
 * chunk is in, so the store never holds a scenario the page cannot describe: `apply` runs at
 * once when nothing must load (a 2D problem, or any model once one was shown), else once the
 * chunk has loaded. A load that takes longer than a moment says so in the passing notice; one
 * that fails (offline before the chunk was ever cached) leaves the view as it was and says why.
 */
import { t } from '../i18n';
import { withKinds } from '../kinds/load';
import { loadModelKinds } from '../kinds/load-chunk';

/** What the gate reads and writes of the store: its passing notice (a leaf: the store imports it). */
export interface NoticeStore {
  getState(): { notice: string | null; setNotice(message: string | null): void };
}

/** A load shorter than this (the chunk from the cache) shows no notice. */
export const LOADING_NOTICE_AFTER_MS = 200;

/**
 * `apply`'s value, at once or once the models' numerics are in; undefined if they could not be
 * loaded (the notice says so).
 */
export function applyWithKinds<T>(
  store: NoticeStore,
  apply: () => T,
  load: () => Promise<void> = loadModelKinds,
): T | Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loading = t('models.codeLoading');
  const result = withKinds(apply, () => {
    timer = setTimeout(() => store.getState().setNotice(loading), LOADING_NOTICE_AFTER_MS);
    return load();
  });
  if (!(result instanceof Promise)) return result;
  const done = () => {
    clearTimeout(timer);
    if (store.getState().notice === loading) store.getState().setNotice(null);
  };
  return result.then(
    (value) => {
      done();
      return value;
    },
    (error: unknown) => {
      done();
      console.warn('the models’ code could not be loaded', error);
      store.getState().setNotice(t('models.codeUnavailable'));
      return undefined;
    },
  );
}
