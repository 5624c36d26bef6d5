/**
 * Where the schedule editor opens. It is taller than the run list has room for under a card, so
 * it opens beside the card, over the landscape, near the trigger's height: its top a little
 * above the trigger in the upper half of the screen, its bottom a little below it in the lower
 * half, then moved to stay on screen (its height changes with the type, so this runs again
 * whenever it resizes). Without room beside the card (a narrow layout) it opens below.
 */

const GAP = 8;
const MARGIN = 8;
/** How far the editor reaches past the trigger, so the type select sits near the pointer. */
const REACH = 40;

/** Viewport geometry for the popover, in CSS pixels (undefined: `auto`). */
export interface EditorPlace {
  top: number;
  left?: number;
  right?: number;
  maxHeight: number;
}

export function placeEditor(
  card: { left: number },
  trigger: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
  size: { width: number; height: number },
): EditorPlace {
  const maxHeight = viewport.height - 2 * MARGIN;
  const height = Math.min(size.height, maxHeight);
  const fit = (top: number) =>
    Math.round(Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height)));
  if (card.left - GAP - size.width >= MARGIN) {
    const right = Math.round(viewport.width - card.left + GAP);
    const top =
      trigger.top < viewport.height / 2 ? trigger.top - REACH : trigger.bottom + REACH - height;
    return { top: fit(top), right, maxHeight };
  }
  const left = Math.round(
    Math.max(MARGIN, Math.min(trigger.left, viewport.width - size.width - MARGIN)),
  );
  return { top: fit(trigger.bottom + 4), left, maxHeight };
}

/** Applies a place to the popover's inline style (computed geometry, hence inline). */
export function applyPlace(element: HTMLElement, place: EditorPlace): void {
  const px = (v: number | undefined) => (v === undefined ? 'auto' : `${v}px`);
  element.style.top = px(place.top);
  element.style.bottom = 'auto';
  element.style.left = px(place.left);
  element.style.right = px(place.right);
  element.style.maxHeight = `${place.maxHeight}px`;
}
