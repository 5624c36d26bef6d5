/**
 * The width of a box that contains its layout (ContainedText), held while its text keeps
 * changing (issue 17): it grows at once to a wider text and shrinks to the text's own width only
 * once the text has rested for HOLD_MS. A drag of α changes a run's loss from one form to another
 * ("5.20", "5.29e-4", "0.512"); a box as wide as each form changed width, and laid the whole page
 * out, at most inputs of a drag (0.4–0.8 ms each on the development VM; docs/benchmark.md,
 * "Session 21"). Held, it changes width a few times a drag. At rest it is the text's own width,
 * so a card's row wraps no sooner than the text makes it.
 */
import { useEffect, useState } from 'react';

/** How long a box keeps a wider width after its text last changed (ms). */
export const HOLD_MS = 3000;

/** `own` (the text's width) or the widest since the text last rested; `own` when not `hold`. */
export function useHeldWidth(own: number, text: string, hold: boolean): number {
  const [held, setHeld] = useState(own);
  const shown = hold ? Math.max(own, held) : own;
  // Widened during the render, as React's "state from the previous render" pattern: the box takes
  // the wider width in this very commit.
  if (hold && held < shown) setHeld(shown);
  useEffect(() => {
    if (!hold || shown === own) return;
    // A new text restarts the wait (`text` is a dependency for that alone).
    const timer = setTimeout(() => setHeld(own), HOLD_MS);
    return () => clearTimeout(timer);
  }, [hold, own, shown, text]);
  return shown;
}
