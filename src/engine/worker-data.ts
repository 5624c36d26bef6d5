/**
 * The models' numerics and the shipped data sets in a worker. A worker builds problems
 * synchronously; a model's numerics load on demand (src/kinds/load.ts), so a call that throws
 * `KindNotLoaded` loads them and is made again, as a call on a set not yet loaded is. The shipped data sets in a worker: a worker builds problems synchronously (src/core/problems),
 * and a problem on a shipped set needs the set loaded in that worker first. Rather than every
 * call knowing which specs need which set, each call of a worker's API is tried as it is; if it
 * throws `DataSetMissing`, the set is fetched (src/engine/data-fetch.ts) and the call made
 * again. The calls are pure over their arguments and throw before doing any work (the problem is
 * built first), so a retry repeats nothing; a run stream has sent no report yet.
 */
import { missingDataSet, type FetchDataFile } from '../core/data/missing';
import { kindNotLoaded, modelNumerics } from '../kinds/numerics-slot';
import type { DataSetName } from '../scenario/table-types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = Record<string, (...args: any[]) => unknown>;

/**
 * The same API, each call retried once per set it finds missing and once after loading the
 * models' numerics (`loadKinds`, src/kinds/load.ts) if it finds them missing.
 */
export function withDataSets<A extends Api>(
  api: A,
  fetchFile: FetchDataFile,
  loadKinds: () => Promise<void>,
): { [K in keyof A]: (...args: Parameters<A[K]>) => Promise<Awaited<ReturnType<A[K]>>> } {
  const wrapped: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(api)) {
    wrapped[name] = async (...args: unknown[]) => {
      const loaded = new Set<DataSetName>();
      let kindsLoaded = false;
      for (;;) {
        try {
          return await call(...args);
        } catch (error) {
          if (kindNotLoaded(error) !== null && !kindsLoaded) {
            kindsLoaded = true;
            await loadKinds();
            continue;
          }
          const set = missingDataSet(error);
          // Loaded already and still missing would loop: let the error through.
          if (set === null || loaded.has(set)) throw error;
          loaded.add(set);
          // The sets' loader comes with the models' numerics (in already when a model asked).
          await loadKinds();
          await modelNumerics(set).loadDataSet(set, fetchFile);
        }
      }
    };
  }
  return wrapped as never;
}
