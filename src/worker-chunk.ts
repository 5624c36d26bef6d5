/**
 * The engine and lab workers as entries of the app's own build, and the first view's code in few
 * files (issue 17; docs/benchmark.md, "Initial JavaScript").
 *
 * Vite bundles a `new Worker(new URL(…))` as a build of its own, so the worker carried its own
 * copy of every module the page has too: the problems, the expression language, validation,
 * d3-color, comlink (vitejs/vite#16719). Emitted as a chunk of the main build instead, the worker
 * imports the chunks it shares with the page, and a first visit downloads each module once.
 * `src/engine/client.ts` imports the worker's URL from the virtual module `virtual:engine-worker`:
 * in a build, the URL of the emitted chunk; in the dev server and in vitest, Vite's own
 * `?worker&url` (the worker served as a module, as before).
 *
 * With two entries and many lazy chunks, the default splitting cut the first view's code into a
 * dozen small files (a module shared with any lazy chunk became a chunk of its own), and each
 * file is compressed apart. The modules both the page and the worker import at start go into one
 * chunk (`shared`), those only the page imports at start into another (`index`); the worker's own
 * stay in its entry chunk. Lazy chunks import from them: nothing loads earlier than before.
 *
 * The worker must never load Vite's preload helper: it runs for a dynamic import of a chunk with
 * dependencies and touches `document`, which a worker has not. The build fails if a chunk the
 * worker imports holds it (a shared module that gained a lazy `import()`).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isOnDemandEntry } from './rule-chunks.ts';

/** The worker's entry module. */
export const ENGINE_WORKER_ENTRY = fileURLToPath(
  new URL('../workers/engine.worker.ts', import.meta.url),
);

/**
 * The lab worker's entry: the engine's calls and the lab tabs' own, started the first time a lab
 * tab asks (src/engine/client.ts). Not part of the first view: its own code stays out of the
 * `shared` and `index` chunks, and the bench does not count it as initial.
 */
export const LAB_WORKER_ENTRY = fileURLToPath(new URL('../workers/lab.worker.ts', import.meta.url));

/** The modules whose default export is the URL to start each worker from. */
export const ENGINE_WORKER_MODULE = 'virtual:engine-worker';
export const LAB_WORKER_MODULE = 'virtual:lab-worker';

/** Each worker: its virtual module, its entry, and the name of its chunk. */
const WORKERS = [
  { module: ENGINE_WORKER_MODULE, entry: ENGINE_WORKER_ENTRY, name: 'engine.worker' },
  { module: LAB_WORKER_MODULE, entry: LAB_WORKER_ENTRY, name: 'lab.worker' },
] as const;

/**
 * The models' numerics (src/kinds/load.ts), loaded on demand by the page and the workers alike.
 * A worker's `import()` of a chunk must not go through the preload helper (above), so the chunk
 * is emitted as an entry and imported by its URL, `import(url)`, which Vite leaves alone; its
 * dependencies load as its static imports. No entry of the first view: its modules keep the
 * default splitting.
 */
export const MODEL_NUMERICS_ENTRY = fileURLToPath(
  new URL('./kinds/model-numerics.ts', import.meta.url),
);
export const MODEL_NUMERICS_MODULE = 'virtual:model-numerics';

/** Every chunk imported by a URL from a virtual module: the workers and the numerics. */
const URL_CHUNKS = [
  ...WORKERS.map((worker) => ({ ...worker, dev: '?worker&url' })),
  {
    module: MODEL_NUMERICS_MODULE,
    entry: MODEL_NUMERICS_ENTRY,
    name: 'model-numerics',
    dev: '?url',
  },
] as const;

/** Vite's preload helper, as a module id of the bundle. */
const PRELOAD_HELPER = /vite\/preload-helper/;

/** A built chunk as far as the check below reads it. */
export interface ChunkLike {
  imports: readonly string[];
  moduleIds: readonly string[];
}

/** `roots` and everything reachable from them by `next`, each once. */
export function closure(roots: Iterable<string>, next: (id: string) => readonly string[]) {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return seen;
}

/** The chunks of `entry`'s static closure that hold Vite's preload helper (none may). */
export function chunksWithPreloadHelper(
  chunks: ReadonlyMap<string, ChunkLike>,
  entry: string,
): string[] {
  return [...closure([entry], (name) => chunks.get(name)?.imports ?? [])].filter((name) =>
    chunks.get(name)?.moduleIds.some((id) => PRELOAD_HELPER.test(id)),
  );
}

/** What the first view loads: the modules the page's and the worker's entries import statically. */
export interface StartModules {
  entries: ReadonlySet<string>;
  page: ReadonlySet<string>;
  worker: ReadonlySet<string>;
}

/**
 * The chunk a module goes to: `shared` if both the page and the worker import it at start,
 * `index` if only the page does, none (the default splitting) otherwise. Entries keep their own.
 */
export function startChunk(start: StartModules, id: string): 'shared' | 'index' | null {
  if (start.entries.has(id) || !start.page.has(id)) return null;
  return start.worker.has(id) ? 'shared' : 'index';
}

export function workerChunkPlugin(): Plugin {
  let building = false;
  /** Each worker's emitted chunk, by its virtual module. */
  const references = new Map<string, string>();
  let start: StartModules = { entries: new Set(), page: new Set(), worker: new Set() };
  // Both tests read `start`, which buildEnd fills in before the chunks are made.
  const group = (name: 'shared' | 'index', priority: number) => ({
    name,
    priority,
    test: (id: string) => startChunk(start, id) === name,
  });
  return {
    name: 'descent-worker-chunk',
    config(_config, { command }) {
      if (command !== 'build') return undefined;
      // `shared` first: the dependencies `index` would take along stay shared.
      const groups = [group('shared', 2), group('index', 1)];
      return { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } };
    },
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      // Chunks named like Vite's worker assets (assets/engine.worker-<hash>.js), which the bench
      // and the service worker's precache find by that name.
      for (const { module, entry, name } of URL_CHUNKS)
        references.set(module, this.emitFile({ type: 'chunk', id: entry, name }));
    },
    resolveId(id) {
      return URL_CHUNKS.some((chunk) => chunk.module === id) ? `\0${id}` : undefined;
    },
    load(id) {
      const chunk = URL_CHUNKS.find(({ module }) => id === `\0${module}`);
      if (!chunk) return undefined;
      return building
        ? `export default import.meta.ROLLUP_FILE_URL_${references.get(chunk.module)!};`
        : `export { default } from ${JSON.stringify(`${chunk.entry}${chunk.dev}`)};`;
    },
    buildEnd() {
      if (!building) return;
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = new Set(
        [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry),
      );
      // The lab worker is no entry of the first view, nor is a chunk loaded on demand by its URL
      // (the models' numerics; the optimizers' rules, src/rule-chunks.ts): their modules keep
      // the default splitting.
      const pageEntries = [...entries].filter(
        (id) =>
          id !== ENGINE_WORKER_ENTRY &&
          id !== LAB_WORKER_ENTRY &&
          id !== MODEL_NUMERICS_ENTRY &&
          !isOnDemandEntry(this.getModuleInfo(id)),
      );
      start = {
        entries,
        page: closure(pageEntries, imports),
        // Both workers: a module the page loads at start and the lab worker imports goes to
        // `shared`, never to `index`, which a worker cannot import (it holds the preload helper
        // and the page's React).
        // The models' numerics too: the workers import them (on demand), so what they share
        // with the page's start goes to `shared` as well.
        worker: closure([ENGINE_WORKER_ENTRY, LAB_WORKER_ENTRY, MODEL_NUMERICS_ENTRY], imports),
      };
    },
    generateBundle(_options, bundle) {
      if (!building) return;
      const chunks = new Map<string, ChunkLike>();
      for (const file of Object.values(bundle))
        if (file.type === 'chunk') chunks.set(file.fileName, file);
      // The numerics are imported by the workers too (src/kinds/load-chunk.ts).
      for (const { module, name } of URL_CHUNKS) {
        const preloading = chunksWithPreloadHelper(
          chunks,
          this.getFileName(references.get(module)!),
        );
        if (preloading.length > 0)
          this.error(
            `the ${name} chunk imports Vite's preload helper (it needs document): ${preloading.join(', ')}`,
          );
      }
    },
  };
}
