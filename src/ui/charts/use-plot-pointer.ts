/**
 * The pointer on a chart's plot (the loss chart's step, the sweep's α): a press of the primary
 * button seeks at once and moves seek while it is held — pointer capture keeps the drag when the
 * pointer leaves the plot — and every move updates the hover readout, which leaving clears.
 * Spread the handlers on the plot's hit area.
 */
import { useRef, type PointerEvent } from 'react';

interface PlotPointer {
  seek(event: PointerEvent<Element>): void;
  /** The pointer over the plot; null once it leaves. */
  hover(event: PointerEvent<Element> | null): void;
  /** Whether a press seeks (default true). */
  enabled?: boolean;
}

export function usePlotPointer({ seek, hover, enabled = true }: PlotPointer) {
  const dragging = useRef<number | null>(null);
  const release = () => (dragging.current = null);
  return {
    onPointerDown(event: PointerEvent<Element>) {
      if (event.button !== 0 || !enabled) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      dragging.current = event.pointerId;
      seek(event);
    },
    onPointerMove(event: PointerEvent<Element>) {
      if (dragging.current === event.pointerId) seek(event);
      hover(event);
    },
    onPointerUp: release,
    onPointerCancel: release,
    onPointerLeave: () => hover(null),
  };
}
