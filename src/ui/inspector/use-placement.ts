/**
 * The inspector card's place, measured from the screen: its side (placement.ts) from the
 * inspected run's current-step marker (ProgressLayer's `.landscape__marker[data-run]`) against
 * the landscape the card sits in, and its top just under the landscape's tools (a row that wraps
 * onto more lines when the tools are many), so it covers neither. Measured before the first paint,
 * then a frame after any store change (the cursor, the selected run, new results, a zoom) and any
 * resize of the landscape or its tools; one layout read per frame at most.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { appStore } from '../../state/store';
import { inspectorSide, type InspectorSide } from './placement';

export interface InspectorPlace {
  side: InspectorSide;
  /** The card's top in the landscape, in px. */
  top: number;
}

/** Room between the tools' row and the card. */
const GAP = 8;

function measure(card: HTMLElement, current: InspectorPlace): InspectorPlace {
  const landscape = card.offsetParent;
  if (!landscape) return current;
  const s = appStore.getState();
  const run = Math.min(s.selectedRun, s.scenario.optimizers.length - 1);
  const marker = landscape.querySelector(`.landscape__marker[data-run="${run}"]`);
  const tools = landscape.querySelector('.landscape__tools');
  const box = landscape.getBoundingClientRect();
  const dot = marker?.getBoundingClientRect();
  const x = dot ? dot.left + dot.width / 2 - box.left : null;
  const side = inspectorSide(current.side, x, box.width, card.offsetWidth);
  const top = tools
    ? Math.round(tools.getBoundingClientRect().bottom - box.top + GAP)
    : current.top;
  return side === current.side && top === current.top ? current : { side, top };
}

export function useInspectorPlace(card: RefObject<HTMLElement | null>): InspectorPlace {
  const [place, setPlace] = useState<InspectorPlace>({ side: 'right', top: 52 });
  // Before the first paint: the card never shows over the marker, not even for a frame. Layout
  // is only known after render, so this is React's measure-then-set pattern, not a cascade.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (card.current) setPlace((current) => measure(card.current!, current));
  }, [card]);
  useEffect(() => {
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (card.current) setPlace((current) => measure(card.current!, current));
      });
    };
    later();
    const unsubscribe = appStore.subscribe(later);
    window.addEventListener('resize', later);
    // The landscape, its tools' row or the card can change size with no store change (fonts or
    // a stylesheet arriving, a panel beside it growing): the marker and the row's end move too.
    const landscape = card.current?.offsetParent;
    const resized = new ResizeObserver(later);
    if (card.current) resized.observe(card.current);
    if (landscape) {
      resized.observe(landscape);
      const tools = landscape.querySelector('.landscape__tools');
      if (tools) resized.observe(tools);
    }
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      window.removeEventListener('resize', later);
      resized.disconnect();
    };
  }, [card]);
  return place;
}
