/**
 * The run legend of presentation mode and of an embed, loaded when one of them first shows it:
 * the first view is neither, so its code is not in the initial scripts (issue 17).
 */
import { Suspense } from 'react';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';

const RunLegend = lazyPart(
  onDemand(() => import('./RunLegend')),
  (m) => m.RunLegend,
);

export function RunLegendSlot({ compact = false }: { compact?: boolean }) {
  return (
    <Suspense fallback={null}>
      <RunLegend compact={compact} />
    </Suspense>
  );
}
