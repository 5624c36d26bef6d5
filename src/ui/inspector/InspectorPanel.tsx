/**
 * The step inspector's place over the landscape. Only this shell is in the initial bundle: the
 * card, and KaTeX with it, are fetched the first time the inspector opens (katex-loader.ts).
 */
import { lazy, Suspense } from 'react';
import { useInspector } from './inspector-store';

const InspectorCard = lazy(() => import('./InspectorCard'));

export function InspectorPanel() {
  const open = useInspector((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <InspectorCard />
    </Suspense>
  );
}
