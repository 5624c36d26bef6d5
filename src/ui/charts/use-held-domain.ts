/**
 * The React side of DomainHold (src/plot/domain-hold.ts): the value axis a chart shows, held
 * still while its values keep changing, and fitted again HOLD_MS after they rest (a timer
 * renders the chart once more then).
 */
import { useEffect, useReducer, useState } from 'react';
import { DomainHold, type Domain } from '../../plot/domain-hold';

export function useHeldDomain(
  exact: Domain,
  axis: readonly unknown[],
  values: readonly unknown[],
): Domain {
  const [hold] = useState(() => new DomainHold());
  const [, settle] = useReducer((n: number) => n + 1, 0);
  // Impure on purpose: what is shown depends on how long ago the values last changed, and the
  // render is where that is decided. A render React throws away leaves the hold a little wider
  // for HOLD_MS at most.
  // eslint-disable-next-line react-hooks/purity
  const now = performance.now();
  const shown = hold.show(exact, axis, values, now);
  const wait = hold.settlesIn(exact, now);
  useEffect(() => {
    if (wait === null) return;
    const timer = setTimeout(settle, wait);
    return () => clearTimeout(timer);
  }, [wait, shown, exact]);
  return shown;
}
