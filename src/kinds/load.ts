/**
 * Loading the models' numerics on demand (issue 17), as a language's strings load
 * (docs/i18n.md, "How languages load"): the chunk src/kinds/model-numerics.ts is imported the
 * first time a model is shown (src/kinds/load-chunk.ts, by its URL), once per thread (the page's and each worker's), and a failed
 * import is forgotten so that the next use tries again (the network may be back). Whatever
 * needs a model built or described — validation of a link or a file, a run, a slice — throws
 * `KindNotLoaded` before that (src/kinds/numerics-slot.ts); `withKinds` turns that into "load,
 * then do it again", and the workers do the same for each call (src/engine/worker-data.ts).
 */
import { kindNotLoaded, modelNumericsLoaded } from './numerics-slot';

/**
 * How the chunk is imported (tests pass their own). Evaluating it fills the slot (its exports
 * are not read: the build's entry for it may re-export nothing, src/worker-chunk.ts).
 */
export type NumericsImporter = () => Promise<unknown>;

/** A loader over `importer`: one import at a time, none once loaded, a failure forgotten. */
export function createKindsLoader(importer: NumericsImporter): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    if (modelNumericsLoaded()) return Promise.resolve();
    pending ??= importer().then(
      () => {
        pending = null; // the slot says it is loaded from now on
        if (!modelNumericsLoaded()) throw new Error('the models’ numerics did not register');
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
}

/**
 * Runs `apply`; if it needs a model kind not loaded yet, loads the kinds and runs it again.
 * Synchronous (its value) when nothing had to load, so a 2D problem, or a model once loaded,
 * opens as at once as before; a promise otherwise, rejected if the chunk cannot be loaded.
 */
export function withKinds<T>(apply: () => T, load: () => Promise<void>): T | Promise<T> {
  try {
    return apply();
  } catch (error) {
    if (kindNotLoaded(error) === null) throw error;
    // Once loaded, a second KindNotLoaded is an error of its own: it goes through.
    return load().then(apply);
  }
}
