/**
 * The models' numerics load on demand (issue 17; src/kinds/load.ts, numerics-slot.ts): a model
 * kind asked to build or describe before they are in throws `KindNotLoaded`; the loader imports
 * them once, forgets a failure; `withKinds` runs at once when nothing must load and again after
 * loading otherwise. The unit tests' setup loads every kind (test/kinds-setup.ts): these cases
 * empty the slot and fill it again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/problems';
import { createKindsLoader, withKinds } from '../../src/kinds/load';
import { MODEL_NUMERICS } from '../../src/kinds/model-numerics';
import {
  forgetModelNumericsForTests,
  KindNotLoaded,
  kindNotLoaded,
  modelNumericsLoaded,
  provideModelNumerics,
} from '../../src/kinds/numerics-slot';
import { kindOf, PROBLEM_KINDS } from '../../src/kinds/registry';
import { decodeLink } from '../../src/url/codec';

/** An importer that fills the slot as the real chunk does when evaluated, and counts. */
function fakeChunk() {
  const chunk = {
    imports: 0,
    importer: async () => {
      chunk.imports++;
      provideModelNumerics(MODEL_NUMERICS);
    },
  };
  return chunk;
}

beforeEach(() => forgetModelNumericsForTests());
afterEach(() => provideModelNumerics(MODEL_NUMERICS));

describe('a model kind before its numerics are loaded', () => {
  it('throws KindNotLoaded, by name and across a worker boundary as text', () => {
    const error = (() => {
      try {
        describeProblem({ type: 'mlp', hidden: [4] });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(KindNotLoaded);
    expect(kindNotLoaded(error)).toBe('mlp');
    expect(kindNotLoaded(new Error(`Error: ${(error as Error).message} (worker)`))).toBe('mlp');
    expect(kindNotLoaded(new Error('data set not loaded: iris'))).toBeNull();
  });

  it('every kind on data builds through the slot; the 2D kinds never need it', () => {
    for (const kind of PROBLEM_KINDS) {
      const spec =
        kind.type === 'function'
          ? { type: 'function', name: 'rosenbrock' }
          : kind.type === 'expression'
            ? { type: 'expression', expr: 'x^2 + y^2' }
            : { type: kind.type };
      const build = () => kindOf(spec as never).build(spec as never);
      if (kind.data === 'none') expect(build().dim).toBe(2);
      else expect(build, kind.type).toThrow(KindNotLoaded);
    }
  });

  it('a link to a model throws KindNotLoaded rather than falling back to the first view', () => {
    expect(() => decodeLink('p=mlp(layers=8)')).toThrow(KindNotLoaded);
    expect(decodeLink('p=himmelblau').notices).toEqual([]);
  });
});

describe('the loader', () => {
  it('imports once, for concurrent callers too, and not at all once loaded', async () => {
    const chunk = fakeChunk();
    const load = createKindsLoader(chunk.importer);
    await Promise.all([load(), load()]);
    expect(chunk.imports).toBe(1);
    expect(modelNumericsLoaded()).toBe(true);
    await load();
    expect(chunk.imports).toBe(1);
    expect(describeProblem({ type: 'mlp', hidden: [4] }).dim).toBe(2 * 4 + 4 + 4 + 1);
  });

  it('forgets a failed import, so the next use tries again', async () => {
    let fail = true;
    const chunk = fakeChunk();
    const load = createKindsLoader(() =>
      fail ? Promise.reject(new Error('offline')) : chunk.importer(),
    );
    await expect(load()).rejects.toThrow('offline');
    fail = false;
    await load();
    expect(chunk.imports).toBe(1);
    expect(modelNumericsLoaded()).toBe(true);
  });

  it('rejects an import that does not fill the slot', async () => {
    const load = createKindsLoader(async () => ({}));
    await expect(load()).rejects.toThrow('did not register');
  });
});

describe('withKinds', () => {
  it('runs at once, synchronously, when nothing must load', () => {
    const chunk = fakeChunk();
    const load = createKindsLoader(chunk.importer);
    const value = withKinds(() => describeProblem({ type: 'function', name: 'booth' }).dim, load);
    expect(value).toBe(2);
    expect(chunk.imports).toBe(0);
  });

  it('loads, then runs again, when a model kind is missing', async () => {
    const chunk = fakeChunk();
    const load = createKindsLoader(chunk.importer);
    let runs = 0;
    const value = withKinds(() => {
      runs++;
      return decodeLink('p=mlp(layers=8)&n=40').state.scenario.steps;
    }, load);
    expect(value).toBeInstanceOf(Promise);
    expect(await value).toBe(40);
    expect(runs).toBe(2);
    expect(chunk.imports).toBe(1);
  });

  it('lets other errors through, and a kind still missing after loading', async () => {
    const load = createKindsLoader(fakeChunk().importer);
    expect(() =>
      withKinds(() => {
        throw new Error('boom');
      }, load),
    ).toThrow('boom');
    await expect(
      withKinds(() => {
        throw new KindNotLoaded('mlp');
      }, load),
    ).rejects.toThrow(KindNotLoaded);
  });
});
