/**
 * The update rules a thread has loaded (issue 17, initial JavaScript): each type's numerics
 * (`rule`, `derive`) arrive by a loader the first time a run of the type is computed, so the
 * first view's scripts carry only the rules it runs. Building an optimizer stays synchronous
 * (`createOptimizer`, the inspector's `derive`): whoever computes a run awaits `ensure` for its
 * types first — the workers before every call (src/engine/worker-rules.ts) — and `numerics`
 * throws `RuleNotLoaded` for a type that was not, never a silent default. Node (the CLI, tests,
 * benchmarks) registers every rule at once (all-rules.ts).
 */
import { OPTIMIZER_TYPES, type OptimizerType } from '../../scenario/types';
import type { OptimizerNumerics } from './module';
import { nameAfter } from '../not-loaded';

/** Brings a type's numerics: a dynamic `import()` of its own chunk, or the numerics at hand. */
export type RuleLoader = () => Promise<OptimizerNumerics>;

/** A loader for every type: the compiler rejects a type without one. */
export type RuleLoaders = { readonly [T in OptimizerType]: RuleLoader };

/** Rules by type, for those loaded from the start (the first view's) or registered at once. */
export type RuleTable = Partial<Record<OptimizerType, OptimizerNumerics>>;

/** The start of `RuleNotLoaded`'s message, which survives a worker boundary as text. */
const NOT_LOADED = 'update rule not loaded: ';

/** Thrown where a rule is asked for before its type was ensured in this thread. */
export class RuleNotLoaded extends Error {
  constructor(readonly type: OptimizerType) {
    super(`${NOT_LOADED}${type}`);
    this.name = 'RuleNotLoaded';
  }
}

/** The type an error says has no rule loaded (also from a message that crossed a worker), else null. */
export function notLoadedRule(error: unknown): OptimizerType | null {
  const type = nameAfter(error, NOT_LOADED);
  return isOptimizerType(type) ? type : null;
}

/**
 * A rule's chunk did not arrive (offline with a cache of an older version, a server gone): what
 * the page shows as the view's error, so it says what failed and what to do, not a bare
 * "Failed to fetch dynamically imported module".
 */
export class RuleLoadFailed extends Error {
  constructor(
    readonly type: OptimizerType,
    title: string,
    cause: unknown,
  ) {
    super(
      `the update rule of ${title} could not be loaded (${cause instanceof Error ? cause.message : String(cause)}); check the connection and reload the page`,
    );
    this.name = 'RuleLoadFailed';
  }
}

export const isOptimizerType = (value: unknown): value is OptimizerType =>
  (OPTIMIZER_TYPES as readonly unknown[]).includes(value);

export interface RuleStore {
  /** The numerics of a loaded type; throws `RuleNotLoaded` otherwise. */
  numerics(type: OptimizerType): OptimizerNumerics;
  isLoaded(type: OptimizerType): boolean;
  /**
   * Loads the rules of `types` not loaded yet, each once however many callers wait for it.
   * Values that are no optimizer type are skipped (validation refuses them with its own
   * message). Rejects with `RuleLoadFailed` where a loader fails; the failure is forgotten, so
   * the next call tries again (the network may be back).
   */
  ensure(types: Iterable<unknown>): Promise<void>;
  /** Makes rules available at once (Node, which has every chunk at hand: all-rules.ts). */
  register(rules: RuleTable): void;
}

/** A store over `loaders`, with `initial` loaded from the start; `titleOf` names a type in errors. */
export function createRuleStore(
  loaders: RuleLoaders,
  initial: RuleTable,
  titleOf: (type: OptimizerType) => string,
): RuleStore {
  const loaded = new Map<OptimizerType, OptimizerNumerics>();
  const pending = new Map<OptimizerType, Promise<void>>();
  const register = (rules: RuleTable) => {
    for (const type of OPTIMIZER_TYPES) {
      const numerics = rules[type];
      if (numerics) loaded.set(type, numerics);
    }
  };
  const load = (type: OptimizerType): Promise<void> => {
    let loading = pending.get(type);
    if (!loading) {
      loading = loaders[type]()
        .then(
          (numerics) => void loaded.set(type, numerics),
          (cause: unknown) => {
            throw new RuleLoadFailed(type, titleOf(type), cause);
          },
        )
        .finally(() => pending.delete(type));
      pending.set(type, loading);
    }
    return loading;
  };
  register(initial);
  return {
    numerics(type) {
      const numerics = loaded.get(type);
      if (!numerics) throw new RuleNotLoaded(type);
      return numerics;
    },
    isLoaded: (type) => loaded.has(type),
    async ensure(types) {
      const missing = new Set([...types].filter(isOptimizerType).filter((t) => !loaded.has(t)));
      await Promise.all([...missing].map(load));
    },
    register,
  };
}
