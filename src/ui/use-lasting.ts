/**
 * A flag that shows only once it has held for `ms` (issue 17): a sign of work that is over in a
 * frame or two is not shown at all. The CSS transition-delay that did this before still started
 * a transition on every flip, and the compositor ran a frame of its own for it (docs/benchmark.md,
 * "Session 12"); here nothing on the page changes until the flag has lasted.
 */
import { useEffect, useRef, useState } from 'react';

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
