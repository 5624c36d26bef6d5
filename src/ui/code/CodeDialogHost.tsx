/**
 * The one Code dialog of the app (issue 18), mounted while open: its module, the exporter and
 * the highlighter load on the first opening (issue 8's budget: the first view carries none of
 * them).
 */
import { Suspense } from 'react';
import { onDemand } from '../lazy/on-demand';
import { LazyFallback, lazyPart } from '../lazy/lazy-part';
import { useCodeRequest } from './open-code';

export const loadCodeDialog = onDemand(() => import('./CodeDialog'));
const CodeDialog = lazyPart(loadCodeDialog, (m) => m.CodeDialog);

export function CodeDialogHost() {
  const request = useCodeRequest();
  if (!request) return null;
  return (
    <Suspense fallback={<LazyFallback />}>
      <CodeDialog target={request.target} />
    </Suspense>
  );
}
