import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import {
  futureOf,
  lastDrawnStep,
  readoutStep,
  READOUTS_PER_SECOND,
  reached,
  revealSettings,
  revealSpeed,
  DEFAULT_TRAILS,
} from '../../src/state/trails';

describe('revealSpeed: the whole run in about 5 s', () => {
  it('plays steps/5 steps a second', () => {
    expect(revealSpeed(100)).toBe(20);
    expect(revealSpeed(500)).toBe(100);
    expect(revealSpeed(1_000_000)).toBe(200_000);
  });
  it('is at least 1 step a second, and finite for a nonsense length', () => {
    expect(revealSpeed(2)).toBe(1);
    expect(revealSpeed(0)).toBe(1);
    expect(revealSpeed(Number.NaN)).toBe(1);
  });
});

describe('revealSettings', () => {
  const view = { steps: 100, speed: 300, trails: DEFAULT_TRAILS };
  it('uses its own speed and hides the future when the user chose neither', () => {
    expect(revealSettings({ ...view, speedChosen: false, trailsChosen: false })).toEqual({
      speed: 20,
      trails: 'hidden',
    });
  });
  it('keeps a speed and trails the user chose', () => {
    expect(
      revealSettings({ ...view, trails: 'whole', speedChosen: true, trailsChosen: true }),
    ).toEqual({ speed: 300, trails: 'whole' });
  });
});

describe('trails at the cursor', () => {
  it('a run has no future once the cursor reaches its end', () => {
    expect(futureOf('hidden', 35, 100)).toBe('hidden');
    expect(futureOf('faded', 35, 100)).toBe('faded');
    expect(futureOf('hidden', 100, 100)).toBe('whole');
    // A run that diverged at step 49 is whole from there on.
    expect(futureOf('faded', 49, 49)).toBe('whole');
    expect(futureOf('faded', 48, 49)).toBe('faded');
  });
  it('the last step drawn is the cursor’s, never past the run, all of it with whole', () => {
    expect(lastDrawnStep('faded', 35, 100)).toBe(35);
    expect(lastDrawnStep('hidden', 300, 48)).toBe(48);
    expect(lastDrawnStep('whole', 35, 100)).toBe(100);
  });
  it('a mark (the divergence) is shown from its step on, or always with whole', () => {
    expect(reached('hidden', 48, 49)).toBe(false);
    expect(reached('hidden', 49, 49)).toBe(true);
    expect(reached('whole', 0, 49)).toBe(true);
  });
});

describe('the store’s reveal', () => {
  function predicting() {
    const store = createAppStore();
    store.getState().setPredicting(true);
    return store;
  }
  it('plays at steps/5 a second with the future hidden by default', () => {
    const store = predicting();
    store.getState().reveal();
    const s = store.getState();
    expect(s.speed).toBe(revealSpeed(s.scenario.steps));
    expect(s.trails).toBe('hidden');
    expect(s.playing).toBe(true);
    expect(s.cursor).toBe(0);
  });
  it('keeps the speed and trails the user chose', () => {
    const store = predicting();
    store.getState().setSpeed(10);
    store.getState().setTrails('faded');
    store.getState().reveal();
    expect(store.getState().speed).toBe(10);
    expect(store.getState().trails).toBe('faded');
  });
  it('the default trails fade the future', () => {
    expect(createAppStore().getState().trails).toBe('faded');
  });
});

describe('readoutStep: a read-out changes about 10 times a second while playing', () => {
  it('is the drawn step itself when paused, and from the run’s last step on', () => {
    expect(readoutStep(1234, 2000, false, 300)).toBe(1234);
    expect(readoutStep(2000, 2000, true, 300)).toBe(2000);
    expect(readoutStep(1999, 1999, true, 300)).toBe(1999);
  });

  it('while playing, rounds down to the steps played in a tenth of a second', () => {
    // 300 steps a second: a new read-out every 30 steps.
    expect(READOUTS_PER_SECOND).toBe(10);
    expect([0, 29, 30, 59, 61, 1234].map((k) => readoutStep(k, 2000, true, 300))).toEqual([
      0, 0, 30, 30, 60, 1230,
    ]);
    // Slower than 10 steps a second: every step.
    expect([0, 1, 2, 7].map((k) => readoutStep(k, 50, true, 5))).toEqual([0, 1, 2, 7]);
    // Never past the drawn step, and a nonsense speed keeps every step.
    expect(readoutStep(17, 50, true, Number.NaN)).toBe(17);
  });
});
