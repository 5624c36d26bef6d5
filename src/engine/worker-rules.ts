/**
 * The optimizers' update rules in a worker (issue 17): each type's rule is a chunk loaded the
 * first time a run of the type is computed (src/core/optimizers/rules.ts), and building an
 * optimizer is synchronous, so every call of a worker's API first awaits the rules of the
 * scenario it is given. Every call that runs optimizers (a run, a stream, the sweep, the maps,
 * the inspector, the arrows, λmax, the Inside tab) takes its scenario as its first argument. A
 * call that meets a rule not loaded all the same (a future call whose scenario comes later)
 * loads it and is made again, as src/engine/worker-data.ts does for data sets: safe for a call
 * that builds its optimizers before it reports anything, as the run stream does.
 */
import { notLoadedRule } from '../core/optimizers/rule-store';
import { ensureRules } from '../core/optimizers/rules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Api = Record<string, (...args: any[]) => unknown>;

/** The optimizer types a call's first argument names, if it is a scenario (else none). */
export function scenarioTypes(first: unknown): unknown[] {
  if (typeof first !== 'object' || first === null || !('optimizers' in first)) return [];
  const { optimizers } = first;
  if (!Array.isArray(optimizers)) return [];
  return optimizers.map((spec: unknown) =>
    typeof spec === 'object' && spec !== null && 'type' in spec ? spec.type : undefined,
  );
}

/** The same API, each call made once the rules of its scenario's types are loaded. */
export function withRules<A extends Api>(
  api: A,
  ensure: (types: Iterable<unknown>) => Promise<void> = ensureRules,
): { [K in keyof A]: (...args: Parameters<A[K]>) => Promise<Awaited<ReturnType<A[K]>>> } {
  const wrapped: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(api)) {
    wrapped[name] = async (...args: unknown[]) => {
      await ensure(scenarioTypes(args[0]));
      const loaded = new Set<string>();
      for (;;) {
        try {
          return await call(...args);
        } catch (error) {
          const type = notLoadedRule(error);
          // Loaded already and still missing would loop: let the error through.
          if (type === null || loaded.has(type)) throw error;
          loaded.add(type);
          await ensure([type]);
        }
      }
    };
  }
  return wrapped as never;
}
