/**
 * A scenario is validated once per boundary (src/scenario/validate-memo.ts): on the main thread
 * once per object, in the worker once per content, however many calls or chunks carry it.
 */
import { describe, expect, it, vi } from 'vitest';

// Counts the real validator's calls (the worker's memo binds it when its module loads).
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/scenario/validate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/scenario/validate')>();
  return {
    ...original,
    validateScenario: (input: unknown) => {
      calls.count++;
      return original.validateScenario(input);
    },
  };
});

const { identityMemo, contentMemo, contentKey } = await import('../../src/scenario/validate-memo');
const { validateScenario } = await import('../../src/scenario/validate');
const { sweepWorkerApi } = await import('../../src/engine/worker-sweep');
const { inspectWorkerApi } = await import('../../src/engine/worker-inspect');
const { FIRST_VIEW } = await import('../../src/state/defaults');

describe('validation memos', () => {
  it('the main thread validates a scenario object once, and a new object again', () => {
    let count = 0;
    const memo = identityMemo((input) => (count++, validateScenario(input)));
    const scenario = structuredClone(FIRST_VIEW);
    expect(memo(scenario).ok).toBe(true);
    expect(memo(scenario).ok).toBe(true);
    expect(count).toBe(1);
    memo({ ...scenario, steps: 10 });
    expect(count).toBe(2);
  });

  it('the worker validates a content once, whatever object (clone) carries it', () => {
    let count = 0;
    const memo = contentMemo((input) => (count++, validateScenario(input)), 2);
    const a = memo(structuredClone(FIRST_VIEW));
    const b = memo(structuredClone(FIRST_VIEW));
    expect(count).toBe(1);
    expect(b).toBe(a);
    memo({ ...FIRST_VIEW, steps: 10 });
    memo({ ...FIRST_VIEW, steps: 11 }); // the LRU of 2 drops the first
    memo(structuredClone(FIRST_VIEW));
    expect(count).toBe(4);
  });

  it('inputs that validation tells apart never share a key', () => {
    const keys = [NaN, null, 'NaN', Infinity, 'Infinity', undefined, 'u'].map((lr) =>
      contentKey({ lr }),
    );
    expect(new Set(keys).size).toBe(keys.length);
    // A Date or a typed array is not keyed: validated afresh every time.
    expect(contentKey({ start: new Float64Array(2) })).toBeNull();
    expect(contentKey({ at: new Date(0) })).toBeNull();
    let count = 0;
    const memo = contentMemo((input) => (count++, validateScenario(input)));
    memo({ ...FIRST_VIEW, start: new Float64Array(2) });
    memo({ ...FIRST_VIEW, start: new Float64Array(2) });
    expect(count).toBe(2);
  });

  it('an invalid scenario is still refused on every call', () => {
    const bad = { ...FIRST_VIEW, steps: -1 };
    expect(() => inspectWorkerApi.inspect(structuredClone(bad), 0, 0)).toThrow(/steps/);
    expect(() => inspectWorkerApi.inspect(structuredClone(bad), 0, 0)).toThrow(/steps/);
  });

  it('the chunks of a sweep and the inspector’s replays validate their scenario once in the worker', () => {
    const scenario = { ...structuredClone(FIRST_VIEW), steps: 20 };
    const before = calls.count;
    // Each call gets its own clone, as each worker message does.
    sweepWorkerApi.sweepChunk(structuredClone(scenario), 0, [0.001, 0.002]);
    sweepWorkerApi.sweepChunk(structuredClone(scenario), 0, [0.003, 0.004]);
    sweepWorkerApi.sweepChunk(structuredClone(scenario), 1, [0.01]);
    inspectWorkerApi.inspect(structuredClone(scenario), 0, 5);
    expect(calls.count - before).toBe(1);
  });
});
