/**
 * The optimizers' rules on demand (issue 17; src/core/optimizers/rules.ts, rule-store.ts):
 * every type's loader brings its own numerics, the first view's are there from the start, and a
 * store loads each rule once, refuses a rule not loaded with an error that names it, and turns a
 * failed load into a message that says what to do. The stores here are fresh ones: the thread's
 * own has every rule registered by test/rules-setup.ts.
 */
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_NUMERICS } from '../../src/core/optimizers/all-rules';
import type { OptimizerNumerics } from '../../src/core/optimizers/module';
import {
  createRuleStore,
  notLoadedRule,
  RuleLoadFailed,
  RuleNotLoaded,
  type RuleLoaders,
} from '../../src/core/optimizers/rule-store';
import { isRuleLoaded, RULE_LOADERS } from '../../src/core/optimizers/rules';
import { OPTIMIZER_TYPES, type OptimizerType } from '../../src/scenario/types';

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Loaders that each count their calls and wait for the test to settle them. */
function controlledLoaders() {
  const calls = new Map<OptimizerType, number>();
  const pending = new Map<OptimizerType, ReturnType<typeof deferred<OptimizerNumerics>>>();
  const loaders = Object.fromEntries(
    OPTIMIZER_TYPES.map((type) => [
      type,
      () => {
        calls.set(type, (calls.get(type) ?? 0) + 1);
        const next = deferred<OptimizerNumerics>();
        pending.set(type, next);
        return next.promise;
      },
    ]),
  ) as unknown as RuleLoaders;
  return { loaders, calls, settle: (type: OptimizerType) => pending.get(type)! };
}

const title = (type: OptimizerType) => `Title of ${type}`;

describe('the table of loaders', () => {
  it('has a loader for every type, each bringing that type’s own numerics', async () => {
    expect(Object.keys(RULE_LOADERS).sort()).toEqual([...OPTIMIZER_TYPES].sort());
    for (const type of OPTIMIZER_TYPES)
      expect(await RULE_LOADERS[type](), type).toBe(OPTIMIZER_NUMERICS[type]);
  });

  it('is checked by the compiler: a type without a loader does not compile', () => {
    const { lion: _lion, ...withoutLion } = RULE_LOADERS;
    // @ts-expect-error lion has no loader
    const missing: RuleLoaders = withoutLion;
    expect(Object.keys(missing)).not.toContain('lion');
  });

  it('the first view’s rules (gd and Adam) are loaded from the start', () => {
    for (const type of ['gd', 'adam'] as const) expect(isRuleLoaded(type)).toBe(true);
  });
});

describe('a store of rules', () => {
  it('refuses a rule not loaded, naming the type, and gives it once loaded', async () => {
    const { loaders, settle } = controlledLoaders();
    const store = createRuleStore(loaders, { gd: OPTIMIZER_NUMERICS.gd }, title);
    expect(store.numerics('gd')).toBe(OPTIMIZER_NUMERICS.gd);
    expect(() => store.numerics('lbfgs')).toThrow(RuleNotLoaded);
    expect(() => store.numerics('lbfgs')).toThrow('update rule not loaded: lbfgs');

    let ensured = false;
    const ensuring = store.ensure(['gd', 'lbfgs']).then(() => (ensured = true));
    await Promise.resolve();
    // Still loading: the rule is not there and the caller still waits.
    expect(ensured).toBe(false);
    expect(store.isLoaded('lbfgs')).toBe(false);
    settle('lbfgs').resolve(OPTIMIZER_NUMERICS.lbfgs);
    await ensuring;
    expect(store.numerics('lbfgs')).toBe(OPTIMIZER_NUMERICS.lbfgs);
  });

  it('loads each rule once however many wait for it, and skips what is no type', async () => {
    const { loaders, calls, settle } = controlledLoaders();
    const store = createRuleStore(loaders, {}, title);
    const first = store.ensure(['muon', 'muon', 'not-a-type', undefined]);
    const second = store.ensure(['muon']);
    settle('muon').resolve(OPTIMIZER_NUMERICS.muon);
    await Promise.all([first, second]);
    await store.ensure(['muon']);
    expect(calls.get('muon')).toBe(1);
    expect([...calls.keys()]).toEqual(['muon']);
  });

  it('turns a failed load into a message that names the rule and what to do, then tries again', async () => {
    const { loaders, calls, settle } = controlledLoaders();
    const store = createRuleStore(loaders, {}, title);
    const failing = store.ensure(['adafactor']);
    settle('adafactor').reject(
      new TypeError('Failed to fetch dynamically imported module: /assets/rule-adafactor.js'),
    );
    await expect(failing).rejects.toBeInstanceOf(RuleLoadFailed);
    await expect(failing).rejects.toThrow(
      /update rule of Title of adafactor could not be loaded \(Failed to fetch dynamically imported module: .*\); check the connection and reload the page/,
    );
    expect(store.isLoaded('adafactor')).toBe(false);

    // The network is back: the next call loads it.
    const retry = store.ensure(['adafactor']);
    settle('adafactor').resolve(OPTIMIZER_NUMERICS.adafactor);
    await retry;
    expect(calls.get('adafactor')).toBe(2);
    expect(store.numerics('adafactor')).toBe(OPTIMIZER_NUMERICS.adafactor);
  });
});

describe('notLoadedRule', () => {
  it('reads the type from the error, or from its message after a worker boundary', () => {
    expect(notLoadedRule(new RuleNotLoaded('schedule-free-sgd'))).toBe('schedule-free-sgd');
    expect(notLoadedRule(new Error('update rule not loaded: radam'))).toBe('radam');
    expect(notLoadedRule(new Error('update rule not loaded: nonsense'))).toBeNull();
    expect(notLoadedRule(new Error('something else'))).toBeNull();
  });
});
