/**
 * Mouse, touch, wheel and keys on the 3D view (issue 19; docs/3d.md): one finger or the left
 * button turns the surface, the right button, Shift or Ctrl with it, or two fingers pan, the wheel
 * or a pinch zooms; on the focused view the arrows turn it (Shift: pan), + and − zoom and 0
 * resets. During a gesture the camera lives here and the scene follows it frame by frame; it
 * reaches the store (and the link) when the gesture ends, so a drag is one change of the link,
 * not sixty. The pointer without a button is the hover read-out's.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { cameraForKey, orbit, pan, zoom } from '../../plot/camera3d';
import type { Box } from '../../plot/surface-mesh';
import { DEFAULT_CAMERA, sameCamera, type Camera3d } from '../../state/landscape-3d';

/** Zoom per pixel of wheel (a notch of 100 px: ×1.25). */
const WHEEL_ZOOM = Math.log(1.25) / 100;

interface Pointer {
  x: number;
  y: number;
}

export interface CameraGestures {
  onPointerDown(event: React.PointerEvent<HTMLElement>): void;
  onPointerMove(event: React.PointerEvent<HTMLElement>): void;
  onPointerUp(event: React.PointerEvent<HTMLElement>): void;
  onKeyDown(event: React.KeyboardEvent<HTMLElement>): void;
  onContextMenu(event: React.MouseEvent<HTMLElement>): void;
}

export function useCameraGestures(
  element: RefObject<HTMLElement | null>,
  stored: Camera3d,
  box: Pick<Box, 'halfX' | 'halfY' | 'height'> & { aspect: number },
  /** The camera as it moves: the scene draws it. */
  onLive: (camera: Camera3d) => void,
  /** The camera at a gesture's end: the store takes it. */
  onCommit: (camera: Camera3d | null) => void,
  /** The pointer over the view without a button (null when it leaves). */
  onHover: (event: { clientX: number; clientY: number } | null) => void,
): CameraGestures {
  const live = useRef(stored);
  const pointers = useRef(new Map<number, Pointer>());
  const mode = useRef<'orbit' | 'pan'>('orbit');
  const moved = useRef(false);
  const latest = useRef({ box, onLive, onCommit });
  useEffect(() => {
    latest.current = { box, onLive, onCommit };
  });

  // A camera from the store (a link, Back, the reset button) replaces the live one between
  // gestures.
  useEffect(() => {
    if (pointers.current.size > 0) return;
    live.current = stored;
    latest.current.onLive(stored);
  }, [stored]);

  const move = useCallback((camera: Camera3d) => {
    live.current = camera;
    latest.current.onLive(camera);
  }, []);
  const commit = useCallback(() => {
    const camera = live.current;
    latest.current.onCommit(sameCamera(camera, DEFAULT_CAMERA) ? null : camera);
  }, []);

  // The wheel, as a listener that may cancel the page's scroll (React's is passive).
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      move(zoom(live.current, Math.exp(-pixels * WHEEL_ZOOM)));
      commit();
    };
    target.addEventListener('wheel', onWheel, { passive: false });
    return () => target.removeEventListener('wheel', onWheel);
  }, [element, move, commit]);

  return {
    onPointerDown(event) {
      // Only a press on the picture: a button over it (the reveal, a message's) keeps its click.
      if (!(event.target instanceof HTMLCanvasElement)) return;
      if (event.pointerType === 'mouse' && event.button !== 0 && event.button !== 2) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
      mode.current =
        event.button === 2 || event.shiftKey || event.ctrlKey || event.metaKey ? 'pan' : 'orbit';
      moved.current = false;
      onHover(null);
    },
    onPointerMove(event) {
      const all = pointers.current;
      const previous = all.get(event.pointerId);
      if (!previous) {
        if (event.pointerType !== 'touch') onHover(event);
        return;
      }
      const height = event.currentTarget.clientHeight;
      const now = { x: event.clientX, y: event.clientY };
      if (all.size >= 2) {
        // Two fingers: the change of their distance zooms, their midpoint's move pans.
        const others = [...all.entries()].filter(([id]) => id !== event.pointerId);
        const other = others[0]![1];
        const before = Math.hypot(previous.x - other.x, previous.y - other.y);
        const after = Math.hypot(now.x - other.x, now.y - other.y);
        let camera = live.current;
        if (before > 0 && after > 0) camera = zoom(camera, after / before);
        camera = pan(
          camera,
          (now.x - previous.x) / 2,
          (now.y - previous.y) / 2,
          height,
          latest.current.box,
        );
        move(camera);
      } else {
        const dx = now.x - previous.x;
        const dy = now.y - previous.y;
        move(
          mode.current === 'pan'
            ? pan(live.current, dx, dy, height, latest.current.box, latest.current.box.aspect)
            : orbit(live.current, dx, dy),
        );
      }
      moved.current = true;
      all.set(event.pointerId, now);
    },
    onPointerUp(event) {
      if (!pointers.current.delete(event.pointerId)) return;
      if (pointers.current.size === 0 && moved.current) commit();
    },
    onKeyDown(event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const next = cameraForKey(live.current, event.key, event.shiftKey, latest.current.box);
      if (!next) return;
      // Taken: the timeline's document-wide keys leave a handled press alone.
      event.preventDefault();
      move(next);
      commit();
    },
    onContextMenu(event) {
      // The right button pans; no menu over the view.
      event.preventDefault();
    },
  };
}
