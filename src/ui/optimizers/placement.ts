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
 * popover's own size is unknown before it shows, so its height is bounded instead of measured.
 */
export function placeBelow(
  trigger: DOMRect,
  viewport: { width: number; height: number },
  align: 'start' | 'end',
): { top: number; left?: number; right?: number; maxHeight: number } {
  const top = Math.round(trigger.bottom + GAP);
  const maxHeight = Math.max(120, Math.round(viewport.height - top - MARGIN));
  return align === 'start'
    ? { top, left: Math.round(Math.max(MARGIN, trigger.left)), maxHeight }
    : { top, right: Math.round(Math.max(MARGIN, viewport.width - trigger.right)), maxHeight };
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
  );
  popover.style.top = `${place.top}px`;
  popover.style.left = place.left !== undefined ? `${place.left}px` : 'auto';
  popover.style.right = place.right !== undefined ? `${place.right}px` : 'auto';
  popover.style.maxHeight = `${place.maxHeight}px`;
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
