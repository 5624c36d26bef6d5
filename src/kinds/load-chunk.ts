/**
 * The models' numerics chunk of this build, loaded by its URL (src/worker-chunk.ts says why: a
 * worker's `import()` must not go through Vite's preload helper). The page and the workers
 * import it from here; Node (the CLI, the unit tests) imports src/kinds/model-numerics.ts itself.
 */
import numericsUrl from 'virtual:model-numerics';
import { createKindsLoader } from './load';

/** Loads the models' numerics in this thread (resolves at once when they are in). */
export const loadModelKinds = createKindsLoader(() => import(/* @vite-ignore */ numericsUrl));
