/**
 * The shipped data sets, loaded on demand and kept once loaded (one copy per thread: the page's
 * and each worker's). Building a problem is synchronous everywhere (src/core/problems), so
 * loading is a separate, asynchronous step: whoever builds a problem on a shipped set first
 * awaits `loadDataSet` — the worker when a call fails with `DataSetMissing`
 * (src/engine/worker-data.ts), the CLI, tests and benchmarks before they start. How the bytes
 * are fetched is passed in: `fetch` in the browser (src/engine/data-fetch.ts), the file under
 * public/data/ in Node (src/cli/data-files.ts).
 */
import type { DataSetName } from '../../scenario/table-types';
import { DATA_SETS } from './sets';
import { parseDataSet, type Table } from './table';
import { DataSetMissing, type FetchDataFile } from './missing';

export { DataSetMissing, missingDataSet, type FetchDataFile } from './missing';

const tables = new Map<DataSetName, Table>();
const loading = new Map<DataSetName, Promise<Table>>();

/** The table of a loaded set; throws `DataSetMissing` when it is not loaded in this thread. */
export function loadedTable(name: DataSetName): Table {
  const table = tables.get(name);
  if (!table) throw new DataSetMissing(name);
  return table;
}

export function isLoaded(name: DataSetName): boolean {
  return tables.has(name);
}

/**
 * Loads a set once per thread (concurrent callers share the one download). A failed load is
 * forgotten, so the next use tries again (the network may be back).
 */
export function loadDataSet(name: DataSetName, fetchFile: FetchDataFile): Promise<Table> {
  const table = tables.get(name);
  if (table) return Promise.resolve(table);
  let pending = loading.get(name);
  if (!pending) {
    const info = DATA_SETS[name];
    pending = fetchFile(info.file)
      .then(textOf)
      .then((text) => {
        const parsed = parseDataSet(text, info);
        tables.set(name, parsed);
        return parsed;
      })
      .finally(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/**
 * The text of a data file: gunzipped when its bytes are gzip's (magic 1f 8b), as they are
 * served by any static host; as is otherwise, for a server that decoded them already (one that
 * sends .gz files with `Content-Encoding: gzip`). DecompressionStream is in every browser
 * Descent supports and in Node ≥ 18.
 */
export async function textOf(bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
