import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type LinkState } from '../../src/url/fields';
import { GESTURE_GAP_MS, historyAction } from '../../src/url/history-policy';
import { FIRST_VIEW } from '../../src/state/defaults';

const base: LinkState = { scenario: FIRST_VIEW, view: DEFAULT_VIEW };
const withRun = (patch: object, index = 1): LinkState => ({
  ...base,
  scenario: {
    ...FIRST_VIEW,
    optimizers: FIRST_VIEW.optimizers.map((o, i) => (i === index ? { ...o, ...patch } : o)),
  },
});

describe('the history policy', () => {
  it('pushes a new entry for a new problem, added or retyped runs, steps and seed', () => {
    const changes: LinkState[] = [
      { ...base, scenario: { ...FIRST_VIEW, problem: { type: 'function', name: 'beale' } } },
      { ...base, scenario: { ...FIRST_VIEW, optimizers: FIRST_VIEW.optimizers.slice(0, 1) } },
      withRun({ type: 'adamw' }),
      { ...base, scenario: { ...FIRST_VIEW, steps: 100 } },
      { ...base, scenario: { ...FIRST_VIEW, seed: 9 } },
    ];
    for (const next of changes) expect(historyAction(base, next, 10)).toBe('push');
  });

  it('one slider drag is one entry: the first change after a pause pushes, the rest replace', () => {
    expect(historyAction(base, withRun({ lr: 0.2 }), GESTURE_GAP_MS + 1)).toBe('push');
    expect(historyAction(withRun({ lr: 0.2 }), withRun({ lr: 0.3 }), 16)).toBe('replace');
    const noisy = (noise: number): LinkState => ({
      ...base,
      scenario: { ...FIRST_VIEW, problem: { type: 'function', name: 'rosenbrock', noise } },
    });
    expect(historyAction(noisy(0.1), noisy(0.2), 16)).toBe('replace');
  });

  it('looking around (cursor, window, selection) only replaces', () => {
    expect(historyAction(base, { ...base, view: { ...DEFAULT_VIEW, cursor: 10 } }, 5000)).toBe(
      'replace',
    );
    expect(historyAction(base, { ...base, view: { ...DEFAULT_VIEW, selectedRun: 1 } }, 5000)).toBe(
      'replace',
    );
  });

  it('does nothing when nothing changed', () => {
    expect(historyAction(base, { ...base }, 5000)).toBe('none');
  });
});
