/** The optimizers panel's helpers for labels: colour names and symbol subscripts. */
import { RUN_COLORS } from '../../plot/palette';

/** Names of the palette's colours, in RUN_COLORS order (src/plot/palette.ts), for screen readers. */
const PALETTE_NAMES = [
  'blue',
  'vermillion',
  'bluishGreen',
  'reddishPurple',
  'orange',
  'skyBlue',
  'black',
  'yellow',
] as const;

/** A palette colour's name key (src/i18n/en.ts, `colour`). */
export type ColourName = (typeof PALETTE_NAMES)[number];

/** The palette with a name key per colour (translated where shown). */
export const NAMED_RUN_COLORS: ReadonlyArray<{ color: string; name: ColourName }> = RUN_COLORS.map(
  (color, i) => ({ color, name: PALETTE_NAMES[i] ?? 'black' }),
);

/**
 * A symbol split into its base and the subscript to set below it: a trailing number ("β1" →
 * ["β", "1"]) or what follows an underscore, as TeX writes it ("T_w" → ["T", "w"]).
 */
export function splitSymbol(symbol: string): [base: string, subscript: string] {
  const match = /^(.+)_(\w+)$/.exec(symbol) ?? /^(.*\D)(\d+)$/.exec(symbol);
  return match ? [match[1]!, match[2]!] : [symbol, ''];
}

/** A colour an `<input type=color>` can show (it takes #rrggbb only): #abc becomes #aabbcc. */
export function toColorInputValue(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return '#000000';
}
