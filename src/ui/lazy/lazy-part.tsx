/**
 * The React side of on-demand code: a lazy component whose chunk can be preloaded, the small
 * fallback shown while a chunk loads, and the hook that mounts a dialog on its first opening.
 */
import {
  lazy,
  useCallback,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { useT } from '../../i18n';
import './LazyFallback.css';

/**
 * A lazy component from a module loaded by `load` (an `onDemand` import): the component mounts
 * from the same chunk a hover already asked for.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

/**
 * Said while a dialog's chunk loads. It shows only if loading takes longer than a blink (the
 * delay is in LazyFallback.css), so a cached chunk never flashes it; screen readers hear it.
 */
export function LazyFallback() {
  const t = useT();
  return (
    <p className="lazy-fallback" role="status">
      {t('chartPanel.loading')}
    </p>
  );
}

/** A dialog that opens imperatively (showModal inside its `open`). */
export interface Openable {
  open(): void;
}

/**
 * A dialog mounted on its first opening: `open()` renders it (`mounted` turns true) and opens
 * it as soon as its handle exists, i.e. once its chunk has loaded; later openings go straight
 * to the handle. Pass `attach` to the dialog component as its `handle`.
 */
export function useLazyDialog<H extends Openable>() {
  const [mounted, setMounted] = useState(false);
  const handle = useRef<H | null>(null);
  const pending = useRef(false);
  const attach = useCallback((next: H | null) => {
    handle.current = next;
    if (next && pending.current) {
      pending.current = false;
      next.open();
    }
  }, []);
  const open = useCallback(() => {
    if (handle.current) handle.current.open();
    else {
      pending.current = true;
      setMounted(true);
    }
  }, []);
  return { mounted, open, attach };
}
