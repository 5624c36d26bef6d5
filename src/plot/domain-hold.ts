/**
 * A chart's value axis that holds still while the values keep changing (a slider dragged, a key
 * held down, a run streaming in): within HOLD_MS of the previous change of the values, the domain
 * shown only widens to take in the new values; once they have rested for HOLD_MS it fits them
 * again. Two reasons:
 * - Reading: a line moving against a still axis is seen to move. An axis that re-fits at every
 *   input rescales every line at once, and the one that changed is hard to follow.
 * - Cost (issue 17): a new domain redraws every line, the grid and the ticks. In the benchmark's
 *   drag the lowest loss crossed a decade of the log axis in 6 inputs of 10, and those inputs cost
 *   the main thread about 2 ms more than the others (docs/benchmark.md, "Session 17").
 * Widening keeps the domain's form: the union of two whole-decade domains is whole decades.
 * An empty chart's domain is a placeholder (chartDomain's default): it is never held, so the
 * first values are fitted at once and not shown for HOLD_MS against the placeholder's decades.
 */
export type Domain = readonly [number, number];

/** How long the values must rest before the axis fits them again (ms). */
export const HOLD_MS = 600;

export class DomainHold {
  private shown: Domain | null = null;
  private axis: readonly unknown[] = [];
  private values: readonly unknown[] = [];
  private changedAt = -Infinity;

  /**
   * The domain to show at time `now` (ms) for values whose own domain is `exact`. `axis` lists
   * what makes two domains comparable (the scale, the problem, the step count): when any item
   * differs, nothing is held. `values` (the series drawn) is compared by identity: a new array
   * is a change; an empty one, or one after an empty one, holds nothing.
   */
  show(exact: Domain, axis: readonly unknown[], values: readonly unknown[], now: number): Domain {
    const sameAxis =
      this.shown !== null &&
      this.values.length > 0 &&
      values.length > 0 &&
      axis.length === this.axis.length &&
      axis.every((item, i) => item === this.axis[i]);
    const holding = sameAxis && now - this.changedAt < HOLD_MS;
    const shown = holding ? widened(this.shown!, exact) : exact;
    if (!sameAxis || values !== this.values) this.changedAt = now;
    this.shown = shown;
    this.axis = axis;
    this.values = values;
    return shown;
  }

  /**
   * Milliseconds from `now` until the shown domain fits the values again, or null when it
   * already does (the exact domain was shown last).
   */
  settlesIn(exact: Domain, now: number): number | null {
    if (!this.shown || (this.shown[0] === exact[0] && this.shown[1] === exact[1])) return null;
    return Math.max(0, this.changedAt + HOLD_MS - now);
  }
}

/** `held` widened to take in `exact`; `held` itself (the same array) when it already does. */
function widened(held: Domain, exact: Domain): Domain {
  if (exact[0] >= held[0] && exact[1] <= held[1]) return held;
  return [Math.min(held[0], exact[0]), Math.max(held[1], exact[1])];
}
