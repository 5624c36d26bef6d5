/**
 * The shipped data sets in a worker: a worker builds problems synchronously (src/core/problems),
 * and a problem on a shipped set needs the set loaded in that worker first. Rather than every
 * call knowing which specs need which set, each call of a worker's API is tried as it is; if it
 * throws `DataSetMissing`, the set is fetched (src/engine/data-fetch.ts) and the call made
 * again. The calls are pure over their arguments and throw before doing any work (the problem is
 * built first), so a retry repeats nothing; a run stream has sent no report yet.
 */
import { loadDataSet, missingDataSet, type FetchDataFile } from '../core/data/load';
import type { DataSetName } from '../scenario/table-types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = Record<string, (...args: any[]) => unknown>;

/** The same API, each call retried once per set it finds missing. */
export function withDataSets<A extends Api>(
  api: A,
  fetchFile: FetchDataFile,
): { [K in keyof A]: (...args: Parameters<A[K]>) => Promise<Awaited<ReturnType<A[K]>>> } {
  const wrapped: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(api)) {
    wrapped[name] = async (...args: unknown[]) => {
      const loaded = new Set<DataSetName>();
      for (;;) {
        try {
          return await call(...args);
        } catch (error) {
          const set = missingDataSet(error);
          // Loaded already and still missing would loop: let the error through.
          if (set === null || loaded.has(set)) throw error;
          loaded.add(set);
          await loadDataSet(set, fetchFile);
        }
      }
    };
  }
  return wrapped as never;
}
