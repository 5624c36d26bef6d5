/**
 * A worker's calls load the models' numerics and the shipped data set they need, then run
 * (src/engine/worker-data.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { readDataFile } from '../../src/cli/data-files';
import { dataFileUrl } from '../../src/engine/data-fetch';

describe('the worker and the shipped data sets', () => {
  it('a call on a set not loaded fetches it once, then answers', async () => {
    // Fresh modules: no set, and no model's numerics, loaded in this "worker".
    vi.resetModules();
    const { withDataSets } = await import('../../src/engine/worker-data');
    const { createEngineApi } = await import('../../src/engine/api');
    const { createKindsLoader } = await import('../../src/kinds/load');
    const fetched: string[] = [];
    let imports = 0;
    const loadKinds = createKindsLoader(() => {
      imports++;
      return import('../../src/kinds/model-numerics');
    });
    const api = withDataSets(
      createEngineApi(),
      async (file) => {
        fetched.push(file);
        return readDataFile(file);
      },
      loadKinds,
    );
    const problem = { type: 'softmax-regression', data: { set: 'iris' } } as const;
    const probe = await api.probe(problem, [0, 0], {
      id: 1,
      plane: {
        method: 'random',
        center: new Float64Array(15),
        d1: new Float64Array(15).fill(0.1),
        d2: new Float64Array(15).fill(-0.1),
        view: { x: [-1, 1], y: [-1, 1] },
      },
    });
    expect(probe.f).toBeCloseTo(Math.log(3), 12); // θ = 0: every class equally likely
    await api.probe(problem, [0.5, 0], { id: 1 });
    expect(fetched).toEqual(['iris.csv.gz']);
    expect(imports).toBe(1); // the numerics too, once
  });

  it('errors other than a missing set pass through, and a set that stays missing too', async () => {
    vi.resetModules();
    const { withDataSets } = await import('../../src/engine/worker-data');
    const { DataSetMissing } = await import('../../src/core/data/load');
    const { createKindsLoader } = await import('../../src/kinds/load');
    const loadKinds = createKindsLoader(() => import('../../src/kinds/model-numerics'));
    let calls = 0;
    const api = withDataSets(
      {
        fails: () => {
          throw new Error('boom');
        },
        missing: () => {
          calls++;
          throw new DataSetMissing('wine');
        },
      },
      readDataFile,
      loadKinds,
    );
    await expect(api.fails()).rejects.toThrow('boom');
    await expect(api.missing()).rejects.toThrow('data set not loaded: wine');
    expect(calls).toBe(2);
  });

  it('files are fetched from the app’s base path', () => {
    expect(dataFileUrl('digits.csv.gz', '/', 'https://a.org/?p=x')).toBe(
      'https://a.org/data/digits.csv.gz',
    );
    expect(dataFileUrl('iris.csv.gz', '/descent/', 'https://u.github.io/descent/assets/w.js')).toBe(
      'https://u.github.io/descent/data/iris.csv.gz',
    );
  });
});
