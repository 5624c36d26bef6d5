import { describe, expect, it } from 'vitest';
import { selectedLast } from '../../src/plot/draw-order';

const runs = [3, 0, 2, 1].map((index) => ({ index }));

describe('selectedLast', () => {
  it('moves the selected run to the end and keeps the others in their order', () => {
    expect(selectedLast(runs, 2).map((r) => r.index)).toEqual([3, 0, 1, 2]);
    expect(selectedLast(runs, 3).map((r) => r.index)).toEqual([0, 2, 1, 3]);
  });

  it('changes nothing without a selected run among them, and leaves its input alone', () => {
    expect(selectedLast(runs, 7).map((r) => r.index)).toEqual([3, 0, 2, 1]);
    expect(selectedLast(runs, undefined).map((r) => r.index)).toEqual([3, 0, 2, 1]);
    expect(runs.map((r) => r.index)).toEqual([3, 0, 2, 1]);
  });
});
