import { describe, expect, it } from 'vitest';
import { keepDrawn, type RunPath } from '../../src/ui/landscape/use-run-paths';

/** A drawn run; the result and path stand for theirs by identity only. */
function runPath(index: number, overrides: Partial<RunPath> = {}): RunPath {
  return {
    index,
    result: { id: index } as unknown as RunPath['result'],
    path: { id: index } as unknown as RunPath['path'],
    averaged: null,
    steps: false,
    endStep: 10,
    color: '#000',
    name: `run ${index}`,
    selected: false,
    fresh: true,
    ...overrides,
  };
}

describe('keepDrawn (issue 17: a slider input redraws one run, not all)', () => {
  it('gives back the earlier drawing of a result while nothing drawn changed', () => {
    const first = keepDrawn(runPath(0));
    expect(keepDrawn({ ...first })).toBe(first);
  });

  it('takes a new drawing when any drawn field changes, and keeps that one next', () => {
    const first = keepDrawn(runPath(1));
    for (const change of [
      { color: '#fff' },
      { name: 'other' },
      { selected: true },
      { fresh: false },
      { endStep: 3 },
      { steps: true },
      { index: 7 },
      { path: { id: 'p' } as unknown as RunPath['path'] },
    ] as Partial<RunPath>[]) {
      const next = { ...first, ...change };
      expect(keepDrawn(next), JSON.stringify(change)).toBe(next);
      expect(keepDrawn({ ...next })).toBe(next);
      keepDrawn(first);
    }
  });

  it('never gives one result’s drawing for another result', () => {
    const a = keepDrawn(runPath(2));
    const b = runPath(2);
    expect(keepDrawn(b)).toBe(b);
    expect(keepDrawn({ ...b })).not.toBe(a);
  });
});
