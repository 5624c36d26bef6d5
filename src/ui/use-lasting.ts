/**
 * A flag that shows only once it has held for `ms` (issue 17): a sign of work that is over in a
 * frame or two is not shown at all. The CSS transition-delay that did this before still started
 * a transition on every flip, and the compositor ran a frame of its own for it (docs/benchmark.md,
 * "Session 12"); here nothing on the page changes until the flag has lasted.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppState } from '../state/app-state';
import { appStore } from '../state/store';

export function useLasting(flag: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  // Whether `lasted` is true, read in the cleanup: resetting a false one would be a render for
  // nothing, twice per slider input.
  const shown = useRef(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => {
      shown.current = true;
      setLasted(true);
    }, ms);
    // When the flag falls: the next time it rises, it must last again.
    return () => {
      clearTimeout(timer);
      if (shown.current) {
        shown.current = false;
        setLasted(false);
      }
    };
  }, [flag, ms]);
  return flag && lasted;
}

/**
 * `useLasting` of a flag of the store's state, read in a store subscription rather than in
 * render: the component renders only when the flag has lasted `ms` and when a shown flag falls,
 * not at each flip (issue 17: the engine's `computing` flips twice per slider input, and each
 * flip was a render of its reader).
 */
export function useLastingState(select: (state: AppState) => boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let shown = false;
    const follow = (flag: boolean) => {
      if (flag && timer === null && !shown) {
        timer = setTimeout(() => {
          timer = null;
          shown = true;
          setLasted(true);
        }, ms);
      } else if (!flag) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        if (shown) {
          shown = false;
          setLasted(false);
        }
      }
    };
    let flag = select(appStore.getState());
    follow(flag);
    // Every change: the flag may be a quiet field (the engine's busy flag: quiet-fields.ts).
    const unsubscribe = appStore.subscribeAll((state) => {
      const next = select(state);
      if (next === flag) return;
      flag = next;
      follow(flag);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [select, ms]);
  return lasted;
}
