/**
 * The lab worker: the engine's calls and the lab tabs' own — the α sweep and β/ε maps (issue 5),
 * λmax along a run with progress for models (issue 20), the Inside tab (issue 22) — over comlink,
 * each loading the shipped data set and the optimizers' update rules it needs first. Started the
 * first time a lab tab asks (src/engine/client.ts): the first view never loads it (issue 17).
 */
import { expose } from 'comlink';
import { engineCalls } from '../src/engine/worker-calls';
import { labWorkerApi } from '../src/engine/worker-lab';
import { withDataSets } from '../src/engine/worker-data';
import { withRules } from '../src/engine/worker-rules';
import { fetchDataFile } from '../src/engine/data-fetch';
import { loadModelKinds } from '../src/kinds/load-chunk';

const api = withDataSets(
  withRules({ ...engineCalls, ...labWorkerApi }),
  fetchDataFile,
  loadModelKinds,
);

expose(api);

/** Every call a worker of the app offers, as the main thread sees them (a type only). */
export type WorkerApi = typeof api;
