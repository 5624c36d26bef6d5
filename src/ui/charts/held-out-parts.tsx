/**
 * A table classifier's held-out parts of the loss and accuracy charts (ChartHeldOut.tsx: the
 * validation curves, the test marks and their key; ChartEarlyStop.tsx: where early stopping would
 * stop), loaded when a chart first has a validation curve or a test score: the first view's
 * problem has neither, so their code is not in the initial scripts (issue 17). Each renders
 * nothing until its chunk is in (a blink, then the marks appear on the drawn chart).
 */
import { Suspense, type ComponentProps, type ComponentType } from 'react';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';

const loadHeldOut = onDemand(() => import('./ChartHeldOut'));
const loadEarlyStop = onDemand(() => import('./ChartEarlyStop'));

/** `Part`, rendered in a Suspense of its own that shows nothing while its chunk loads. */
function suspended<P extends object>(Part: ComponentType<P>) {
  return function Suspended(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

type HeldOutModule = typeof import('./ChartHeldOut');
type EarlyStopModule = typeof import('./ChartEarlyStop');

export const ChartHeldOut = suspended<ComponentProps<HeldOutModule['ChartHeldOut']>>(
  lazyPart(loadHeldOut, (m) => m.ChartHeldOut),
);
export const ChartTestMarks = suspended<ComponentProps<HeldOutModule['ChartTestMarks']>>(
  lazyPart(loadHeldOut, (m) => m.ChartTestMarks),
);
export const HeldOutKey = suspended<ComponentProps<HeldOutModule['HeldOutKey']>>(
  lazyPart(loadHeldOut, (m) => m.HeldOutKey),
);
export const ChartEarlyStop = suspended<ComponentProps<EarlyStopModule['ChartEarlyStop']>>(
  lazyPart(loadEarlyStop, (m) => m.ChartEarlyStop),
);
