/**
 * Pointer, wheel and keyboard handling of the landscape: a click sets the start point, dragging
 * the start handle moves it, dragging elsewhere pans, the wheel zooms about the pointer, and the
 * keyboard pans (arrows), zooms (+ and −) and resets (0). On a touch screen two fingers pinch to
 * zoom (and move the window with them). Window changes go to the store; the surface and
 * trajectories follow.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import type { View } from '../../core/problems';
import { panView, zoomView } from '../../plot/viewport';
import { isShown } from '../../state/lesson';
import { appStore } from '../../state/store';
import type { Geometry } from './geometry';
import { pinchView, type PlotPixel } from './pinch';

/** Pixels a pointer must move before a press counts as a drag rather than a click. */
const DRAG_THRESHOLD = 4;
const WHEEL_ZOOM_PER_PIXEL = 0.0015;

type Drag =
  | { kind: 'pending' | 'pan'; id: number; x0: number; y0: number; view: View }
  | { kind: 'start'; id: number }
  | { kind: 'pinch'; ids: [number, number]; from: [PlotPixel, PlotPixel]; view: View };

export interface Gestures {
  onPointerDown(event: ReactPointerEvent<SVGElement>): void;
  onPointerMove(event: ReactPointerEvent<SVGElement>): void;
  onPointerUp(event: ReactPointerEvent<SVGElement>): void;
  /** A pointer the browser took back (a system gesture): ends the drag without a click. */
  onPointerCancel(event: ReactPointerEvent<SVGElement>): void;
  onKeyDown(event: React.KeyboardEvent): void;
  /** Starts dragging the start point (the handle calls this). */
  grabStart(event: ReactPointerEvent<SVGElement>): void;
}

export function useGestures(
  geo: Geometry,
  plot: RefObject<SVGRectElement | null>,
  /** The element that receives wheel events (always mounted, unlike the plot). */
  wheelTarget: RefObject<HTMLElement | null>,
  reference: View,
  onHover: (point: [number, number] | null) => void,
): Gestures {
  const drag = useRef<Drag | null>(null);
  // Touches down on the plot, by pointer id, in plot pixels: two of them make a pinch.
  const touches = useRef(new Map<number, PlotPixel>());
  const geoRef = useRef(geo);
  // Handlers read the latest geometry; it is synced before the browser paints.
  useLayoutEffect(() => {
    geoRef.current = geo;
  });

  const toData = (event: { clientX: number; clientY: number }): [number, number] => {
    const box = plot.current!.getBoundingClientRect();
    const g = geoRef.current;
    return [g.x.invert(event.clientX - box.left), g.y.invert(event.clientY - box.top)];
  };
  const toPlot = (event: { clientX: number; clientY: number }): PlotPixel => {
    const box = plot.current!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  };
  const endTouch = (event: ReactPointerEvent<SVGElement>) => {
    touches.current.delete(event.pointerId);
    const current = drag.current;
    // One finger lifted ends the pinch; the other does not start a pan or a click.
    if (current?.kind === 'pinch' && current.ids.includes(event.pointerId)) drag.current = null;
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = wheelTarget.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!plot.current) return;
      event.preventDefault();
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      const factor = Math.exp(delta * WHEEL_ZOOM_PER_PIXEL);
      appStore
        .getState()
        .setWindow(zoomView(geoRef.current.view, factor, toData(event), reference));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
    // toData reads refs only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plot, wheelTarget, reference]);

  return {
    grabStart(event) {
      if (!isShown(appStore.getState().lesson, 'start')) return; // a lesson without it
      event.stopPropagation();
      event.currentTarget.setPointerCapture?.(event.pointerId);
      drag.current = { kind: 'start', id: event.pointerId };
    },
    onPointerDown(event) {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      if (event.pointerType === 'touch') {
        touches.current.set(event.pointerId, toPlot(event));
        if (touches.current.size === 2) {
          const [[idA, a], [idB, b]] = [...touches.current] as [
            [number, PlotPixel],
            [number, PlotPixel],
          ];
          drag.current = {
            kind: 'pinch',
            ids: [idA, idB],
            from: [a, b],
            view: geoRef.current.view,
          };
          return;
        }
      }
      drag.current = {
        kind: 'pending',
        id: event.pointerId,
        x0: event.clientX,
        y0: event.clientY,
        view: geoRef.current.view,
      };
    },
    onPointerMove(event) {
      const current = drag.current;
      if (current?.kind === 'pinch') {
        if (!touches.current.has(event.pointerId)) return;
        touches.current.set(event.pointerId, toPlot(event));
        const a = touches.current.get(current.ids[0]);
        const b = touches.current.get(current.ids[1]);
        if (!a || !b) return;
        const g = geoRef.current;
        appStore
          .getState()
          .setWindow(pinchView(current.view, g.plotWidth, reference, current.from, [a, b]));
        return;
      }
      if (touches.current.has(event.pointerId)) touches.current.set(event.pointerId, toPlot(event));
      if (!current || current.id !== event.pointerId) {
        onHover(toData(event));
        return;
      }
      if (current.kind === 'start') {
        appStore.getState().setStart(toData(event));
        onHover(toData(event));
        return;
      }
      const dx = event.clientX - current.x0;
      const dy = event.clientY - current.y0;
      if (current.kind === 'pending' && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      current.kind = 'pan';
      const g = geoRef.current;
      const unitsPerPixel = (current.view.x[1] - current.view.x[0]) / g.plotWidth;
      appStore.getState().setWindow(panView(current.view, -dx * unitsPerPixel, dy * unitsPerPixel));
    },
    onPointerUp(event) {
      const current = drag.current;
      if (current?.kind === 'pinch') {
        endTouch(event);
        return;
      }
      touches.current.delete(event.pointerId);
      drag.current = null;
      const state = appStore.getState();
      // A model's start is its initial weights, not a point of the slice.
      if (
        current &&
        current.kind === 'pending' &&
        isShown(state.lesson, 'start') &&
        state.plane === null
      )
        state.setStart(toData(event));
    },
    onPointerCancel(event) {
      endTouch(event);
      if (drag.current && drag.current.kind !== 'pinch' && drag.current.id === event.pointerId)
        drag.current = null;
    },
    onKeyDown(event) {
      const state = appStore.getState();
      const view = geoRef.current.view;
      const step = (view.x[1] - view.x[0]) / 10;
      const center: [number, number] = [(view.x[0] + view.x[1]) / 2, (view.y[0] + view.y[1]) / 2];
      const actions: Record<string, () => void> = {
        ArrowLeft: () => state.setWindow(panView(view, -step, 0)),
        ArrowRight: () => state.setWindow(panView(view, step, 0)),
        ArrowUp: () => state.setWindow(panView(view, 0, step)),
        ArrowDown: () => state.setWindow(panView(view, 0, -step)),
        '+': () => state.setWindow(zoomView(view, 1 / 1.25, center, reference)),
        '=': () => state.setWindow(zoomView(view, 1 / 1.25, center, reference)),
        '-': () => state.setWindow(zoomView(view, 1.25, center, reference)),
        '0': () => state.setWindow(null),
      };
      const action = actions[event.key];
      if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        // The timeline's arrows do not apply while the landscape has focus; its Space, Home and
        // End still do (they are not handled here; docs/app.md, "Keyboard").
        event.stopPropagation();
        action();
      }
    },
  };
}
