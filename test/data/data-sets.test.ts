/**
 * The shipped data sets (public/data/, src/core/data): each file is the set of ../shared/data
 * as credited, parses to its stated shape, and is loaded once per thread whatever the bytes'
 * encoding; a file that is not the set is refused with a message.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { DATA_DIR, readDataFile } from '../../src/cli/data-files';
import {
  isLoaded,
  loadDataSet,
  loadedTable,
  missingDataSet,
  DataSetMissing,
  textOf,
} from '../../src/core/data/load';
import { DATA_SETS } from '../../src/core/data/sets';
import { parseDataSet } from '../../src/core/data/table';
import { DATA_SET_NAMES } from '../../src/scenario/table-types';

describe('the shipped data sets', () => {
  for (const name of DATA_SET_NAMES) {
    const info = DATA_SETS[name];
    it(`${name}: ${info.samples} rows of ${info.features} features in ${info.classNames.length} classes`, async () => {
      const table = parseDataSet(await textOf(await readDataFile(info.file)), info);
      expect(table.n).toBe(info.samples);
      expect(table.d).toBe(info.features);
      expect(table.classes).toBe(info.classNames.length);
      expect(table.features.every(Number.isFinite)).toBe(true);
      const counts = new Array<number>(table.classes).fill(0);
      for (const label of table.labels) counts[label]!++;
      expect(counts.every((count) => count > 0)).toBe(true);
      expect(readFileSync(`${DATA_DIR}${info.file}`)[0]).toBe(0x1f); // shipped compressed
    });
  }

  it('the classes of each set are as its source counts them', async () => {
    const counts = async (name: (typeof DATA_SET_NAMES)[number]) => {
      const table = await loadDataSet(name, readDataFile);
      const c = new Array<number>(table.classes).fill(0);
      for (const label of table.labels) c[label]!++;
      return c;
    };
    expect(await counts('iris')).toEqual([50, 50, 50]);
    expect(await counts('wine')).toEqual([59, 71, 48]);
    expect(await counts('breast-cancer')).toEqual([212, 357]);
    expect(await counts('digits')).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
  });

  it('loads once per thread, and a missing set is named by the error', async () => {
    let fetched = 0;
    const counting = async (file: string) => {
      fetched++;
      return readDataFile(file);
    };
    const name = 'wine';
    const first = loadDataSet(name, counting);
    const second = loadDataSet(name, counting);
    expect(await first).toBe(await second);
    expect(isLoaded(name)).toBe(true);
    expect(loadedTable(name)).toBe(await first);
    await loadDataSet(name, counting);
    expect(fetched).toBeLessThanOrEqual(1);
    const error = new DataSetMissing('digits');
    expect(missingDataSet(error)).toBe('digits');
    // As a worker's error arrives: the message inside other text.
    expect(missingDataSet(new Error(`Error: ${error.message}`))).toBe('digits');
    expect(missingDataSet(new Error('data set not loaded: mnist'))).toBeNull();
    expect(missingDataSet('something else')).toBeNull();
  });

  it('reads gzip bytes and bytes a server decoded already', async () => {
    const text = 'a,b\n1,2\n';
    expect(await textOf(new Uint8Array(gzipSync(text)))).toBe(text);
    expect(await textOf(new TextEncoder().encode(text))).toBe(text);
  });

  it('refuses a file that is not the set, saying what is wrong', () => {
    const iris = DATA_SETS.iris;
    expect(() => parseDataSet('<html>Not found</html>', iris)).toThrow(/iris .*first row/);
    expect(() => parseDataSet('150,4,a,b,c\n1,2,3,4,0\n', iris)).toThrow(/1 rows instead of 150/);
    const rows = Array.from({ length: 150 }, () => '1,2,3,4,0');
    expect(() => parseDataSet(['150,4,a,b,c', ...rows].join('\n'), iris)).not.toThrow();
    rows[7] = '1,2,3,4,5';
    expect(() => parseDataSet(['150,4,a,b,c', ...rows].join('\n'), iris)).toThrow(
      /row 8 has label 5/,
    );
    rows[7] = '1,2,x,4,0';
    expect(() => parseDataSet(['150,4,a,b,c', ...rows].join('\n'), iris)).toThrow(/row 8 column 3/);
    rows[7] = '1,2,3,0';
    expect(() => parseDataSet(['150,4,a,b,c', ...rows].join('\n'), iris)).toThrow(
      /row 8 has 4 fields/,
    );
  });

  it('a failed download is forgotten, so the next use tries again', async () => {
    // A fresh copy of the module: this file's other tests have loaded every set already.
    vi.resetModules();
    const { loadDataSet } = await import('../../src/core/data/load');
    let attempts = 0;
    const flaky = async (file: string) => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return readDataFile(file);
    };
    await expect(loadDataSet('breast-cancer', flaky)).rejects.toThrow('offline');
    const table = await loadDataSet('breast-cancer', flaky);
    expect(table.n).toBe(569);
  });
});
