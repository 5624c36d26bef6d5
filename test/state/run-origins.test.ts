/**
 * Reset returns a run to where it came from (issue 14, point 9): the preset's or link's values,
 * kept per run through add, remove, duplicate and retype; PyTorch's defaults as the second choice.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { PRESETS } from '../../src/presets/presets';
import { applyLink } from '../../src/state/url-sync';
import { presetQuery } from '../../src/ui/presets/gallery';
import {
  atDefaults,
  atOrigin,
  originFor,
  originsAfterAdd,
  originsAfterDuplicate,
  originsAfterRemove,
} from '../../src/state/run-origins';

const preset = PRESETS.find((p) => p.id === 'learning-rate-quadratic')!;

function openPreset() {
  const store = createAppStore();
  store.getState().setScenario(preset.scenario);
  return store;
}

describe('reset to the origin', () => {
  it('returns α and the name to the preset’s, keeping the colour', () => {
    const store = openPreset();
    store.getState().updateOptimizer(0, { lr: 0.363, label: 'mine', color: '#123456' });
    store.getState().resetOptimizer(0, 'origin');
    expect(store.getState().scenario.optimizers[0]).toEqual({
      type: 'gd',
      lr: 0.005,
      label: 'too small',
      color: '#123456',
    });
  });

  it('the second choice is PyTorch’s defaults', () => {
    const store = openPreset();
    store.getState().updateOptimizer(0, { lr: 0.363 });
    store.getState().resetOptimizer(0, 'defaults');
    expect(store.getState().scenario.optimizers[0]).toMatchObject({
      lr: 0.001,
      label: 'too small',
    });
  });

  it('follows the runs through remove, duplicate and add', () => {
    const store = openPreset();
    store.getState().removeOptimizer(0); // the "about right" run is now first
    store.getState().duplicateOptimizer(0); // its copy comes from the same preset run
    store.getState().addOptimizer('adam'); // a new run has no origin
    const runs = store.getState().scenario.optimizers;
    expect(runs.map((r) => r.label)).toEqual([
      'about right',
      'about right',
      'too large',
      undefined,
    ]);
    for (const i of [0, 1, 2, 3]) store.getState().updateOptimizer(i, { lr: 0.7 });
    for (const i of [0, 1, 2, 3]) store.getState().resetOptimizer(i, 'origin');
    expect(store.getState().scenario.optimizers.map((r) => r.lr)).toEqual([
      0.05, 0.05, 0.12, 0.001,
    ]);
  });

  it('a retyped run has no origin until it is typed back', () => {
    const store = openPreset();
    store.getState().setOptimizerType(1, 'adam');
    store.getState().updateOptimizer(1, { lr: 0.3 });
    store.getState().resetOptimizer(1, 'origin');
    expect(store.getState().scenario.optimizers[1]).toMatchObject({ type: 'adam', lr: 0.001 });
    store.getState().setOptimizerType(1, 'gd');
    store.getState().resetOptimizer(1, 'origin');
    expect(store.getState().scenario.optimizers[1]).toMatchObject({ type: 'gd', lr: 0.05 });
  });

  it('a link opened sets the origins; Back/Forward keep them', () => {
    const store = createAppStore();
    applyLink(store, presetQuery(preset));
    store.getState().updateOptimizer(2, { lr: 0.5 });
    applyLink(store, 'v=1&o=gd(lr=0.2)&o=gd(lr=0.3)&o=gd(lr=0.4)', undefined, {
      keepOrigins: true,
    });
    store.getState().resetOptimizer(2, 'origin');
    expect(store.getState().scenario.optimizers[2]!.lr).toBe(0.12);
    applyLink(store, 'v=1&o=gd(lr=0.2)&o=gd(lr=0.3)&o=gd(lr=0.4)');
    store.getState().updateOptimizer(2, { lr: 0.5 });
    store.getState().resetOptimizer(2, 'origin');
    expect(store.getState().scenario.optimizers[2]!.lr).toBe(0.4);
  });

  it('pure helpers: alignment and whether a reset would change anything', () => {
    const a = { type: 'gd' as const, lr: 0.1 };
    const b = { type: 'adam' as const, lr: 0.2 };
    expect(originsAfterAdd([a, b], 2)).toEqual([a, b, null]);
    expect(originsAfterRemove([a, b], 0)).toEqual([b]);
    expect(originsAfterDuplicate([a, b], 0)).toEqual([a, a, b]);
    expect(originFor([a, b], 1, { type: 'adam' })).toBe(b);
    expect(originFor([a, b], 1, { type: 'gd' })).toBeNull();
    expect(atOrigin({ ...a, color: '#000000' }, a)).toBe(true);
    expect(atOrigin({ ...a, lr: 0.2 }, a)).toBe(false);
    expect(atDefaults({ type: 'adam', lr: 0.001, beta1: 0.9 })).toBe(true);
    expect(atDefaults({ type: 'adam', lr: 0.001, beta1: 0.5 })).toBe(false);
  });
});
