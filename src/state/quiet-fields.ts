/**
 * Quiet fields: fields of a store whose changes alone notify only the listeners that ask for
 * every change (`subscribeAll`), not every listener (issue 17). The engine's busy flag
 * `computing` flips twice at each slider input, and each change of the app's store runs every
 * subscriber's selector, about 0.1 ms a change on the development VM, for a flag that five views
 * read (docs/benchmark.md, "Session 23"). A change that sets only quiet fields reaches
 * `subscribeAll`'s listeners; any other change reaches every listener, as in zustand. The state
 * itself is always current: `getState()` reads a quiet field as it is.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand';

export interface QuietStoreApi<S> extends StoreApi<S> {
  /** Subscribes to every change, a quiet field's too (`subscribe` skips those). */
  subscribeAll: StoreApi<S>['subscribe'];
}

/** Whether a change (setState's argument, applied) sets quiet fields and nothing else. */
export function setsOnlyQuiet(partial: unknown, quiet: ReadonlySet<string>): boolean {
  if (partial === null || typeof partial !== 'object') return false;
  const keys = Object.keys(partial);
  return keys.length > 0 && keys.every((key) => quiet.has(key));
}

/**
 * A zustand store whose `quietFields` are quiet: `subscribe` (and so zustand's `useStore`) is
 * told of a change only when it sets another field; `subscribeAll` of every change.
 */
export function createQuietStore<S extends object>(
  creator: StateCreator<S>,
  quietFields: readonly (keyof S & string)[],
): QuietStoreApi<S> {
  const quiet: ReadonlySet<string> = new Set(quietFields);
  // Whether the change being told to the listeners is quiet. Restored after each change, so
  // that a change made inside a listener (the engine's flag, set by the run's request while the
  // scenario's change is being told) does not silence the rest of the outer one.
  let quietChange = false;
  return createStore<S>()((set, get, api) => {
    const setState = ((partial: unknown, replace?: boolean) => {
      const next =
        typeof partial === 'function' ? (partial as (state: S) => unknown)(get()) : partial;
      const outer = quietChange;
      quietChange = replace !== true && setsOnlyQuiet(next, quiet);
      try {
        (set as (next: unknown, replace?: boolean) => void)(next, replace);
      } finally {
        quietChange = outer;
      }
    }) as StoreApi<S>['setState'];
    const subscribeAll = api.subscribe;
    Object.assign(api, {
      setState,
      subscribeAll,
      subscribe: (listener: (state: S, previous: S) => void) =>
        subscribeAll((state, previous) => {
          if (!quietChange) listener(state, previous);
        }),
    });
    return creator(setState, get, api);
  }) as QuietStoreApi<S>;
}
