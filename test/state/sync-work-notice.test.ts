/**
 * A scenario over the work budget chosen in the app (a problem picked, runs added) is reduced
 * with a work notice, not with the link's notices, whose title says parts of a link were not
 * used (src/state/sync.ts; the link's own case is e2e/long-work.spec.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { startSync, type Sync } from '../../src/state/sync';
import { silentEngine } from './sync-fakes';

const engine = silentEngine();

let sync: Sync | null = null;
afterEach(() => {
  sync?.stop();
  sync = null;
});

describe('the work budget in the app', () => {
  it('reduces a heavy choice with a work notice and leaves the link notices alone', async () => {
    const store = createAppStore();
    sync = startSync(store, engine);
    store.setState({ linkNotices: [] });
    // As the picker would: the problem first (its start comes with it), then the runs.
    store.getState().setProblem({
      type: 'mlp',
      hidden: [32, 32, 32],
      activation: 'tanh',
      batchSize: 2000,
      data: { generator: 'spiral', n: 2000 },
    });
    await Promise.resolve();
    store.getState().setScenario({
      ...store.getState().scenario,
      steps: 891,
      optimizers: Array.from({ length: 8 }, () => ({ type: 'adam' as const, lr: 0.01 })),
    });
    await Promise.resolve();
    const state = store.getState();
    expect(state.engineError).toBeNull();
    expect(state.scenario.steps).toBeLessThan(891);
    expect(state.linkNotices).toEqual([]);
    expect(state.workNotices).toEqual([
      expect.objectContaining({ what: 'steps', from: 891, to: state.scenario.steps }),
    ]);
  });
});
