/**
 * Run colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), distinguishable
 * under the common colour-vision deficiencies, reordered so the first runs differ most, with its
 * yellow darkened to read on light surfaces. Eight colours for the eight runs a scenario holds.
 */
export const RUN_COLORS = [
  '#0072b2', // blue
  '#d55e00', // vermillion
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#e69f00', // orange
  '#56b4e9', // sky blue
  '#000000', // black
  '#b59a00', // yellow, darkened from #f0e442 for contrast on light backgrounds
] as const;

/** The colour of run i: its own `color`, or the palette's. */
export function runColor(color: string | undefined, index: number): string {
  return color ?? RUN_COLORS[index % RUN_COLORS.length]!;
}
