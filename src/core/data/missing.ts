/**
 * A shipped set not yet loaded in this thread (load.ts loads them), apart so that a worker
 * recognises the error without the loader and the parser in its first bundle (issue 17).
 */
import type { DataSetName } from '../../scenario/table-types';
import { DATA_SETS } from './sets';
import { nameAfter } from '../not-loaded';

/** Fetches a data file's bytes by its name under public/data/. */
export type FetchDataFile = (file: string) => Promise<Uint8Array>;

/** The start of the message of `DataSetMissing`, which survives a worker boundary as text. */
const MISSING = 'data set not loaded: ';

/** Thrown when a problem needs a shipped set that this thread has not loaded yet. */
export class DataSetMissing extends Error {
  constructor(readonly set: DataSetName) {
    super(`${MISSING}${set}`);
    this.name = 'DataSetMissing';
  }
}

/** The set an error says is missing (also from a message that crossed a worker), else null. */
export function missingDataSet(error: unknown): DataSetName | null {
  const name = nameAfter(error, MISSING);
  return name !== null && name in DATA_SETS ? (name as DataSetName) : null;
}
