/**
 * Geometry of the panel: where its popovers go and how far its list scrolls to show a card.
 * The popovers (the add menu, the colour picker) use the HTML popover API, which puts them in
 * the top layer, so the scrolling run list cannot clip them; they are placed under their
 * trigger in viewport coordinates, kept on screen.
 */

const GAP = 4;
const MARGIN = 8;

/**
 * Geometry to apply to a popover under `trigger`, left-aligned with it or right-aligned. The
 * popover's height is bounded rather than measured; its width, once it shows (0 before), keeps
 * it on screen: a right-aligned popover wider than the space left of its trigger's end would
 * otherwise start off the left edge, where nothing in it can be clicked.
 */
export function placeBelow(
  trigger: DOMRect,
  viewport: { width: number; height: number },
  align: 'start' | 'end',
  width = 0,
): { top: number; left?: number; right?: number; maxHeight: number } {
  const top = Math.round(trigger.bottom + GAP);
  const maxHeight = Math.max(120, Math.round(viewport.height - top - MARGIN));
  // The furthest from its edge the popover may start and still end on screen.
  const furthest = Math.max(MARGIN, viewport.width - width - MARGIN);
  return align === 'start'
    ? { top, left: Math.round(Math.min(furthest, Math.max(MARGIN, trigger.left))), maxHeight }
    : {
        top,
        right: Math.round(Math.min(furthest, Math.max(MARGIN, viewport.width - trigger.right))),
        maxHeight,
      };
}

/** Applies `placeBelow` to a popover element (inline geometry is computed, hence allowed). */
export function positionPopover(
  popover: HTMLElement,
  trigger: HTMLElement,
  align: 'start' | 'end',
): void {
  const place = placeBelow(
    trigger.getBoundingClientRect(),
    { width: window.innerWidth, height: window.innerHeight },
    align,
    popover.offsetWidth,
  );
  popover.style.top = `${place.top}px`;
  popover.style.left = place.left !== undefined ? `${place.left}px` : 'auto';
  popover.style.right = place.right !== undefined ? `${place.right}px` : 'auto';
  popover.style.maxHeight = `${place.maxHeight}px`;
}

/**
 * Keeps an open popover under its trigger: the top layer does not move with the page, and the
 * page may reflow while the popover is open (the colour legend appears once the surface is
 * computed, the tools wrap, the window is resized), which left the Arrows menu where its button
 * had been, half off screen. Each frame compares the trigger's place and the popover's width with
 * the last ones and places it again when they moved: one rectangle read per frame, only while
 * open. Returns the function that stops following.
 */
export function followTrigger(
  popover: HTMLElement,
  trigger: HTMLElement,
  align: 'start' | 'end',
): () => void {
  let frame = 0;
  let last = '';
  const follow = () => {
    const rect = trigger.getBoundingClientRect();
    const now = [rect.left, rect.right, rect.bottom, window.innerWidth, window.innerHeight]
      .concat(popover.offsetWidth)
      .join();
    if (now !== last) {
      last = now;
      positionPopover(popover, trigger, align);
    }
    frame = requestAnimationFrame(follow);
  };
  follow();
  return () => cancelAnimationFrame(frame);
}

/**
 * How far to scroll a list so that an item shows with `margin` pixels around it (the list's
 * padding, so the selected card's ring is not cut): 0 when it already does, else the smallest
 * move that shows it, its top first when it is taller than the list.
 */
export function revealDelta(
  list: { top: number; bottom: number },
  item: { top: number; bottom: number },
  margin = 0,
): number {
  const top = list.top + margin;
  const bottom = list.bottom - margin;
  if (item.top < top) return item.top - top;
  if (item.bottom > bottom) return Math.min(item.bottom - bottom, item.top - top);
  return 0;
}
