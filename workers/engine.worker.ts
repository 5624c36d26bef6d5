/**
 * The engine worker: the engine's calls (src/engine/worker-calls.ts) over comlink, each loading
 * the shipped data set (issue 22) and the optimizers' update rules (issue 17) it needs first.
 * Two instances run from the start (runs and surfaces); the lab's tabs have a worker of their
 * own, started when first used (workers/lab.worker.ts), so this one does not carry their code
 * (issue 17).
 */
import { expose } from 'comlink';
import { engineCalls } from '../src/engine/worker-calls';
import { withDataSets } from '../src/engine/worker-data';
import { withRules } from '../src/engine/worker-rules';
import { fetchDataFile } from '../src/engine/data-fetch';
import { loadModelKinds } from '../src/kinds/load-chunk';

const api = withDataSets(withRules(engineCalls), fetchDataFile, loadModelKinds);

expose(api);

/** The engine worker's API as the main thread sees it (imported as a type only). */
export type EngineWorkerApi = typeof api;
