/**
 * Sync repaints the surface only when f changes (docs/app.md, "Work only where something
 * changed"): σ of the gradient noise and the batch size change the runs, not the landscape.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startSync, uncoveredShare, type Sync } from '../../src/state/sync';
import { landscapeKey, pairedSurface } from '../../src/state/run-views';
import type { SurfaceAsk } from '../../src/engine/client';
import { silentEngine } from './sync-fakes';

/** An engine that paints nothing and runs nothing, counting surface requests. */
function fakeEngine() {
  const surfaces: SurfaceAsk[] = [];
  const engine = {
    surface: (request: SurfaceAsk) => {
      surfaces.push(request);
      return Promise.resolve({
        status: 'done' as const,
        value: {
          bitmap: {} as ImageBitmap,
          view: request.view,
          levels: { kind: 'linear', values: [] },
          min: 0,
          max: 1,
          coarse: request.coarse === true,
        },
      });
    },
  };
  return { engine: silentEngine(engine), surfaces };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let sync: Sync | null = null;
afterEach(() => {
  sync?.stop();
  sync = null;
});

describe('surface repaints', () => {
  it('σ alone repaints nothing, and the surface stays paired; a new function repaints', async () => {
    const store = createAppStore();
    const { engine, surfaces } = fakeEngine();
    sync = startSync(store, engine);
    sync.setCanvasSize({ width: 400, height: 300, pixelRatio: 1 });
    await settle();
    expect(surfaces.map((s) => s.coarse === true)).toEqual([true, false]);

    store.getState().setNoise(0.5);
    await settle();
    store.getState().setNoise(1);
    await settle();
    store.getState().setNoise(0);
    await settle();
    expect(surfaces).toHaveLength(2);
    store.getState().setNoise(0.7);
    expect(pairedSurface(store.getState())).not.toBeNull();

    store.getState().setProblem({ type: 'function', name: 'himmelblau' });
    await settle();
    expect(surfaces).toHaveLength(4);
  });

  it('a zoom out or a pan paints coarse first, then full; a zoom in only full (issue 17)', async () => {
    const store = createAppStore();
    const { engine, surfaces } = fakeEngine();
    sync = startSync(store, engine);
    sync.setCanvasSize({ width: 400, height: 300, pixelRatio: 1 });
    await settle();
    const kinds = () => surfaces.splice(0).map((s) => (s.coarse === true ? 'coarse' : 'full'));
    kinds();
    // Rosenbrock's window is about [-2, 2] × [-1, 3]: a wider one has margins the picture shown
    // does not cover, a narrower one lies inside it (drawn stretched until the full one comes).
    store.getState().setWindow({ x: [-4, 4], y: [-3, 5] });
    await settle();
    expect(kinds()).toEqual(['coarse', 'full']);
    store.getState().setWindow({ x: [-1, 1], y: [0, 2] });
    await settle();
    expect(kinds()).toEqual(['full']);
    store.getState().setWindow({ x: [0, 2], y: [0, 2] });
    await settle();
    expect(kinds()).toEqual(['coarse', 'full']);
    // A window left before its coarse picture came asks for no full picture of it.
    store.getState().setWindow({ x: [-9, 9], y: [-9, 9] });
    store.getState().setWindow({ x: [-8, 10], y: [-9, 9] });
    await settle();
    expect(surfaces.map((s) => [s.coarse === true, s.view.x[0] > -11.5])).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
  });

  it("measures the share of a new window outside the picture's", () => {
    const picture = { x: [0, 2] as [number, number], y: [0, 1] as [number, number] };
    expect(uncoveredShare(picture, picture)).toBe(0);
    expect(uncoveredShare(picture, { x: [0.5, 1], y: [0.2, 0.8] })).toBe(0);
    expect(uncoveredShare(picture, { x: [1, 3], y: [0, 1] })).toBeCloseTo(0.5, 12);
    expect(uncoveredShare(picture, { x: [-1, 3], y: [-0.5, 1.5] })).toBeCloseTo(0.75, 12);
    expect(uncoveredShare(picture, { x: [5, 6], y: [0, 1] })).toBe(1);
  });

  it('the landscape key leaves out σ and the batch size, but not the data', () => {
    const model = { type: 'linear-regression' as const, data: { n: 20 } };
    expect(landscapeKey({ ...model, noise: 0.3, batchSize: 4 })).toBe(landscapeKey(model));
    expect(landscapeKey({ ...model, data: { n: 21 } })).not.toBe(landscapeKey(model));
    expect(landscapeKey({ ...model, data: { n: 20, noise: 2 } })).not.toBe(landscapeKey(model));
  });
});
