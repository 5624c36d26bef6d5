/**
 * The engine worker as an entry of the app's own build (issue 17; docs/benchmark.md, "Initial
 * JavaScript"). Vite bundles a `new Worker(new URL(…))` as a build of its own, so the worker
 * carried its own copy of every module the page has too: the problems, the expression language,
 * validation, d3-color, comlink (vitejs/vite#16719). Emitted as a chunk of the main build
 * instead, the worker imports the chunks it shares with the page, and a first visit downloads
 * each module once.
 *
 * `src/engine/client.ts` imports the worker's URL from the virtual module `virtual:engine-worker`:
 * in a build, the URL of the emitted chunk; in the dev server and in vitest, Vite's own
 * `?worker&url` (the worker served as a module, as before).
 *
 * The worker must never load Vite's preload helper: it runs for a dynamic import of a chunk with
 * dependencies and touches `document`, which a worker has not. The build fails if a chunk the
 * worker imports holds it (a shared module that gained a lazy `import()`).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The worker's entry module. */
export const ENGINE_WORKER_ENTRY = fileURLToPath(
  new URL('../workers/engine.worker.ts', import.meta.url),
);

/** The module whose default export is the URL to start the engine worker from. */
export const ENGINE_WORKER_MODULE = 'virtual:engine-worker';
const RESOLVED = `\0${ENGINE_WORKER_MODULE}`;

/** Vite's preload helper, as a module id of the bundle. */
const PRELOAD_HELPER = /vite\/preload-helper/;

/** A built chunk as far as the check below reads it. */
export interface ChunkLike {
  imports: readonly string[];
  moduleIds: readonly string[];
}

/**
 * The file names of `entry` and of every chunk it imports statically, transitively: what a
 * browser loads to start it (bench/bundle.ts counts a built directory the same way).
 */
export function staticClosure(
  chunks: ReadonlyMap<string, Pick<ChunkLike, 'imports'>>,
  entry: string,
): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen];
}

/** The chunks of `entry`'s static closure that hold Vite's preload helper (none may). */
export function chunksWithPreloadHelper(
  chunks: ReadonlyMap<string, ChunkLike>,
  entry: string,
): string[] {
  return staticClosure(chunks, entry).filter((name) =>
    chunks.get(name)?.moduleIds.some((id) => PRELOAD_HELPER.test(id)),
  );
}

export function workerChunkPlugin(): Plugin {
  let building = false;
  let reference = '';
  return {
    name: 'descent-worker-chunk',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      // A chunk named like Vite's worker asset (assets/engine.worker-<hash>.js), which the bench
      // and the service worker's precache find by that name.
      reference = this.emitFile({ type: 'chunk', id: ENGINE_WORKER_ENTRY, name: 'engine.worker' });
    },
    resolveId(id) {
      return id === ENGINE_WORKER_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return building
        ? `export default import.meta.ROLLUP_FILE_URL_${reference};`
        : `export { default } from ${JSON.stringify(`${ENGINE_WORKER_ENTRY}?worker&url`)};`;
    },
    generateBundle(_options, bundle) {
      if (!building) return;
      const chunks = new Map<string, ChunkLike>();
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') chunks.set(file.fileName, file);
      const preloading = chunksWithPreloadHelper(chunks, this.getFileName(reference));
      if (preloading.length > 0)
        this.error(
          `the engine worker imports Vite's preload helper (it needs document): ${preloading.join(', ')}`,
        );
    },
  };
}
