/** The seeded split and the standardisation (src/core/data/split.ts; docs/models.md). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { loadedTable } from '../../src/core/data/load';
import { splitRows, splitSizes, splitTable, standardisationOf } from '../../src/core/data/split';
import { tableOfRows } from '../../src/core/data/table';

beforeAll(() => loadDataSets(['digits', 'iris']));

describe('the training / validation / test split', () => {
  it('sizes: ⌈fraction · n⌉ held out, training the rest', () => {
    expect(splitSizes(1797, undefined)).toEqual({ training: 1437, validation: 180, test: 180 });
    expect(splitSizes(150, undefined)).toEqual({ training: 120, validation: 15, test: 15 });
    expect(splitSizes(569, { validation: 0.2, test: 0.25 })).toEqual({
      training: 569 - 114 - 143,
      validation: 114,
      test: 143,
    });
    expect(splitSizes(10, { validation: 0, test: 0 })).toEqual({
      training: 10,
      validation: 0,
      test: 0,
    });
    expect(splitSizes(7, { validation: 0.01, test: 0.01 })).toEqual({
      training: 5,
      validation: 1,
      test: 1,
    });
  });

  it('the parts are disjoint, cover every row, and depend on the seed alone', () => {
    const a = splitRows(1797, { seed: 4 });
    const again = splitRows(1797, { seed: 4 });
    expect([...again.training]).toEqual([...a.training]);
    expect([...again.test]).toEqual([...a.test]);
    const all = [...a.training, ...a.validation, ...a.test].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 1797 }, (_, i) => i));
    const other = splitRows(1797, { seed: 5 });
    expect([...other.test]).not.toEqual([...a.test]);
    // A different fraction keeps the permutation: the test rows are a prefix of the same order.
    const wider = splitRows(1797, { seed: 4, test: 0.2 });
    expect([...wider.test.slice(0, 180)]).toEqual([...a.test]);
  });

  it('standardises with the training rows only', () => {
    const table = loadedTable('iris');
    const split = splitTable(table, { seed: 2, validation: 0.2, test: 0.2 });
    const { training, validation, scaling } = split;
    for (let j = 0; j < table.d; j++) {
      let mean = 0;
      let square = 0;
      for (let p = 0; p < training.m; p++) mean += training.x[p * table.d + j]!;
      mean /= training.m;
      for (let p = 0; p < training.m; p++) square += (training.x[p * table.d + j]! - mean) ** 2;
      expect(Math.abs(mean)).toBeLessThan(1e-14);
      expect(Math.sqrt(square / training.m)).toBeCloseTo(1, 13);
    }
    // Held-out rows moved far away change neither the statistics nor the training inputs.
    const moved = Float64Array.from(table.features);
    for (const row of [...validation.rows, ...split.test.rows])
      for (let j = 0; j < table.d; j++) moved[row * table.d + j] = 1e5;
    const other = splitTable(
      { ...table, features: moved },
      { seed: 2, validation: 0.2, test: 0.2 },
    );
    expect([...other.scaling.mean]).toEqual([...scaling.mean]);
    expect([...other.scaling.scale]).toEqual([...scaling.scale]);
    expect([...other.training.x]).toEqual([...training.x]);
    // …and the held-out rows are scaled with the training statistics.
    const row = validation.rows[0]!;
    expect(validation.x[0]).toBeCloseTo(
      (table.features[row * table.d]! - scaling.mean[0]!) / scaling.scale[0]!,
      14,
    );
  });

  it('a feature constant over the training rows keeps scale 1 (digits: the corner pixels)', () => {
    const digits = loadedTable('digits');
    const { scaling, training } = splitTable(digits, undefined);
    expect(scaling.scale[0]).toBe(1); // pixel (0, 0) is blank in every digit
    expect(training.m).toBe(1437);
    expect(training.x.every(Number.isFinite)).toBe(true);
    // 0.1 three times sums to 0.30000000000000004: the rounded mean must not make a scale.
    const table = tableOfRows([
      [1, 5, 0.1, 0],
      [2, 5, 0.1, 1],
      [3, 5, 0.1, 0],
    ]);
    expect([...standardisationOf(table, Uint32Array.of(0, 1, 2)).scale]).toEqual([
      Math.sqrt(2 / 3),
      1,
      1,
    ]);
  });
});
