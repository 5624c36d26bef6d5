/**
 * The step inspector's place over the landscape: the card's frame, on the side away from the
 * inspected run's current-step marker (placement.ts), with a loading sign until its content
 * arrives. Only this shell is in the initial bundle: the card, and KaTeX with it, are fetched the
 * first time the inspector opens (katex-loader.ts).
 */
import { lazy, Suspense, useRef, type CSSProperties } from 'react';
import { runColor } from '../../plot/palette';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { InspectorLoading } from './InspectorLoading';
import { useInspectorPlace } from './use-placement';
import './InspectorFrame.css';

const InspectorCard = lazy(() => import('./InspectorCard'));

export function InspectorPanel() {
  const open = useApp((s) => s.inspectorOpen);
  if (!open) return null;
  return <InspectorFrame />;
}

function InspectorFrame() {
  const t = useT();
  const frame = useRef<HTMLElement>(null);
  const { side, top } = useInspectorPlace(frame);
  const color = useApp((s) => {
    const run = Math.min(s.selectedRun, s.scenario.optimizers.length - 1);
    return runColor(s.scenario.optimizers[run]?.color, run);
  });
  return (
    <section
      ref={frame}
      className={`panel inspector inspector--${side}`}
      aria-label={t('inspector.label')}
      data-testid="inspector"
      data-side={side}
      style={{ '--run-color': color, '--inspector-top': `${top}px` } as CSSProperties}
    >
      <Suspense fallback={<InspectorLoading />}>
        <InspectorCard />
      </Suspense>
    </section>
  );
}
