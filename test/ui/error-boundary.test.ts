import { describe, expect, it, vi } from 'vitest';
import { errorMessageOf, MAX_MESSAGE_LENGTH } from '../../src/ui/error-message';
import {
  faults,
  InjectedFault,
  isPanel,
  PANELS,
  throwIfInjected,
} from '../../src/ui/fault-injection';
import { resetPanel } from '../../src/ui/panel-reset';
import { createAppStore } from '../../src/state/store';
import { FIRST_VIEW } from '../../src/state/defaults';

describe('errorMessageOf: one short line for whatever was thrown', () => {
  it('shows an Error’s message, not its stack', () => {
    const error = new Error('f is not a function');
    expect(error.stack).toContain('\n');
    expect(errorMessageOf(error)).toBe('f is not a function');
    expect(errorMessageOf(new TypeError('bad\n    at Foo (x.js:1:2)'))).toBe('bad');
  });

  it('reads strings, numbers, booleans, symbols and error-shaped objects', () => {
    expect(errorMessageOf('plain text')).toBe('plain text');
    expect(errorMessageOf(42)).toBe('42');
    expect(errorMessageOf(false)).toBe('false');
    expect(errorMessageOf(10n)).toBe('10');
    expect(errorMessageOf(Symbol('why'))).toBe('why');
    expect(errorMessageOf({ message: 'from an object' })).toBe('from an object');
    const named = new Error('');
    named.name = 'AbortError';
    expect(errorMessageOf(named)).toBe('AbortError');
  });

  it('says nothing (null) when there is nothing to say, so the caller says “unknown”', () => {
    for (const thrown of [undefined, null, '', '   \n  ', {}, [], new Error(''), Symbol()])
      expect(errorMessageOf(thrown)).toBeNull();
  });

  it('never throws itself: throwing getters and revoked proxies', () => {
    const hostile = {
      get message(): string {
        throw new Error('gotcha');
      },
    };
    expect(errorMessageOf(hostile)).toBeNull();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorMessageOf(proxy)).toBeNull();
  });

  it('collapses whitespace, skips blank leading lines and cuts long messages with an ellipsis', () => {
    expect(errorMessageOf('\n\n  two   words \n rest')).toBe('two words');
    const long = 'x'.repeat(MAX_MESSAGE_LENGTH + 50);
    const shown = errorMessageOf(long)!;
    expect(shown).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(shown.endsWith('…')).toBe(true);
    expect(errorMessageOf('x'.repeat(MAX_MESSAGE_LENGTH))).toBe('x'.repeat(MAX_MESSAGE_LENGTH));
    expect(errorMessageOf('abcdef', 4)).toBe('abc…');
  });
});

describe('fault injection', () => {
  it('is inert until a panel is injected, then throws for that panel only, until cleared', () => {
    for (const panel of PANELS) expect(() => throwIfInjected(panel)).not.toThrow();
    const listener = vi.fn();
    const unsubscribe = faults.subscribe(listener);
    faults.inject('charts');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => throwIfInjected('charts')).toThrow(InjectedFault);
    expect(() => throwIfInjected('charts')).toThrow('fault injected into the charts panel');
    expect(() => throwIfInjected('timeline')).not.toThrow();
    faults.clear('charts');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(() => throwIfInjected('charts')).not.toThrow();
    faults.inject('header');
    faults.inject('landscape');
    faults.clear();
    expect(PANELS.some((panel) => faults.has(panel))).toBe(false);
    unsubscribe();
    faults.inject('header');
    expect(listener).toHaveBeenCalledTimes(5);
    faults.clear();
  });

  it('refuses a panel that does not exist', () => {
    expect(isPanel('charts')).toBe(true);
    expect(isPanel('toString')).toBe(false);
    expect(() => faults.inject('nope' as never)).toThrow('no panel named nope');
  });
});

describe('resetPanel: each panel’s own settings back, the others kept', () => {
  const setup = () => {
    const store = createAppStore();
    const s = store.getState();
    s.setProblem({ type: 'function', name: 'himmelblau' });
    s.addOptimizer('rmsprop');
    s.updateOptimizer(0, { lr: 0.02 });
    s.selectRun(2);
    s.setWindow({ x: [-1, 1], y: [-1, 1] });
    s.setChartMode('gradNorm');
    s.setCursor(10);
    s.setSpeed(1000);
    s.setInspectorOpen(true);
    s.play();
    return { store, targets: store };
  };

  it('optimizers: the first view’s two runs on the same problem, window and chart kept', () => {
    const { store, targets } = setup();
    resetPanel('optimizers', targets);
    const state = store.getState();
    expect(state.scenario.optimizers).toEqual(FIRST_VIEW.optimizers);
    expect(state.scenario.optimizers).not.toBe(FIRST_VIEW.optimizers);
    expect(state.scenario.problem).toEqual({ type: 'function', name: 'himmelblau' });
    expect(state.selectedRun).toBe(0);
    expect(state.window).toEqual({ x: [-1, 1], y: [-1, 1] });
    expect(state.chartMode).toBe('gradNorm');
  });

  it('app (the whole screen): the first view, out of presentation mode', () => {
    const { store, targets } = setup();
    store.getState().setPresenting(true);
    resetPanel('app', targets);
    expect(store.getState().scenario).toEqual(FIRST_VIEW);
    expect(store.getState().presenting).toBe(false);
  });

  it('header: the whole first view', () => {
    const { store, targets } = setup();
    resetPanel('header', targets);
    expect(store.getState().scenario).toEqual(FIRST_VIEW);
    expect(store.getState().window).toBeNull();
  });

  it('landscape: the problem’s own window; runs kept', () => {
    const { store, targets } = setup();
    resetPanel('landscape', targets);
    expect(store.getState().window).toBeNull();
    expect(store.getState().scenario.optimizers).toHaveLength(3);
  });

  it('timeline: paused at the last step at the default speed', () => {
    const { store, targets } = setup();
    resetPanel('timeline', targets);
    const state = store.getState();
    expect(state.playing).toBe(false);
    expect(state.speed).toBe(100);
    expect(state.cursor).toBe(state.scenario.steps);
    expect(state.chartMode).toBe('gradNorm');
  });

  it('charts: the loss chart; inspector: closed', () => {
    const { store, targets } = setup();
    resetPanel('charts', targets);
    expect(store.getState().chartMode).toBe('loss');
    expect(store.getState().inspectorOpen).toBe(true);
    resetPanel('inspector', targets);
    expect(store.getState().inspectorOpen).toBe(false);
    expect(store.getState().chartMode).toBe('loss');
    expect(store.getState().scenario.optimizers).toHaveLength(3);
  });
});
