/**
 * The shipped data sets in Node (the CLI, tests, benchmarks): read from public/data/ in this
 * checkout, the files the app serves. Node only: never imported by the app.
 */
import { readFile } from 'node:fs/promises';
// Node has every problem kind at once (the browser loads the models' numerics on demand:
// src/kinds/load.ts): importing this module registers them for the CLI, tests and benchmarks.
import '../kinds/model-numerics';
import { fileURLToPath } from 'node:url';
import { loadDataSet, type FetchDataFile } from '../core/data/load';
import { DATA_SET_NAMES, type DataSetName } from '../scenario/table-types';

/** The directory of the shipped data files. */
export const DATA_DIR = fileURLToPath(new URL('../../public/data/', import.meta.url));

/** A data file's bytes from public/data/. */
export const readDataFile: FetchDataFile = async (file) =>
  new Uint8Array(await readFile(`${DATA_DIR}${file}`));

/** Loads the named sets (all of them by default) into this process. */
export async function loadDataSets(names: readonly DataSetName[] = DATA_SET_NAMES): Promise<void> {
  await Promise.all(names.map((name) => loadDataSet(name, readDataFile)));
}
