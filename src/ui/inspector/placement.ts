/**
 * Where the step inspector's card sits over the landscape (issue 14): on the side away from the
 * inspected run's current-step marker, so the card never covers the point it explains. The card
 * is under half the landscape wide (InspectorPanel.css: 50% − 36px), so one side is always clear
 * of the marker and its halo. It stays where it is until it would cover the marker (no jumping
 * back and forth during playback).
 * Pure; use-placement.ts measures.
 */
export type InspectorSide = 'left' | 'right';

/** The card's inset from the landscape's edge (InspectorPanel.css: var(--space-3)). */
export const INSPECTOR_MARGIN = 12;
/** Room kept between the card and the marker: the marker's radius and its halo. */
const CLEARANCE = 12;

/** Whether a card of `cardWidth` on `side` of a landscape `width` wide covers x. */
export function covers(side: InspectorSide, x: number, width: number, cardWidth: number): boolean {
  const span = INSPECTOR_MARGIN + cardWidth + CLEARANCE;
  return side === 'right' ? x >= width - span : x <= span;
}

/** The side for the card, given where it is and the marker's x in the landscape (null: none). */
export function inspectorSide(
  current: InspectorSide,
  markerX: number | null,
  width: number,
  cardWidth: number,
): InspectorSide {
  if (markerX === null || !Number.isFinite(markerX)) return current;
  if (!covers(current, markerX, width, cardWidth)) return current;
  const other: InspectorSide = current === 'right' ? 'left' : 'right';
  return covers(other, markerX, width, cardWidth) ? current : other;
}
