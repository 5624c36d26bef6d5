/**
 * Both themes' text keeps WCAG AA contrast (4.5:1) on the surfaces it sits on, and the run
 * palette stays visible (3:1, WCAG's minimum for graphics) on each theme's panel. The colours
 * are read from the stylesheets themselves, so a token edited there is what gets checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUN_COLORS } from '../../src/plot/palette';
import {
  contrastRatio,
  luminance,
  over,
  parseColor,
  readTokens,
  type Rgba,
} from '../../src/ui/theme/contrast';
import { liftLightness, toOklab } from '../../src/ui/theme/oklch';

const css = (path: string) =>
  readFileSync(new URL(`../../src/ui/${path}`, import.meta.url), 'utf8');
const global = css('global.css');
const light = readTokens(global, ':root');
const dark = { ...light, ...readTokens(global, ":root[data-theme='dark']") };

function color(tokens: Record<string, string>, name: string): Rgba {
  const parsed = parseColor(tokens[name] ?? '');
  if (!parsed) throw new Error(`${name} is not a plain colour: ${tokens[name]}`);
  return parsed;
}

/** Text tokens on the surfaces they are used on. */
const TEXT_PAIRS: ReadonlyArray<[text: string, surface: string]> = [
  ['--text', '--panel'],
  ['--text', '--panel-sunken'],
  ['--text', '--bg'],
  ['--text', '--accent-soft'],
  ['--text-muted', '--panel'],
  ['--text-muted', '--panel-sunken'],
  ['--text-muted', '--bg'],
  ['--text-faint', '--panel'],
  ['--text-faint', '--panel-sunken'],
  ['--accent', '--panel'],
  ['--accent', '--accent-soft'],
  ['--on-accent', '--accent'],
  ['--on-accent', '--accent-strong'],
  ['--danger', '--panel'],
  ['--danger', '--danger-soft'],
  ['--success', '--panel'],
  ['--success', '--success-soft'],
  ['--text', '--warning-soft'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, tokens) => {
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (text, surface) => {
    expect(contrastRatio(color(tokens, text), color(tokens, surface))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps text readable on a translucent overlay over the darkest colour-map colour', () => {
    // Labels float on the landscape over its colour map, whose darkest colour is viridis' purple.
    const under = parseColor('#440154')!;
    const overlay = over(color(tokens, '--overlay'), under);
    expect(contrastRatio(color(tokens, '--text'), overlay)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the two themes', () => {
  it('differ: the dark panel is dark and its text light', () => {
    expect(luminance(color(dark, '--panel'))).toBeLessThan(0.05);
    expect(luminance(color(dark, '--text'))).toBeGreaterThan(0.7);
    expect(luminance(color(light, '--panel'))).toBeGreaterThan(0.9);
  });
});

describe('run colours', () => {
  const floor = Number(/max\(l, ([\d.]+)\)/.exec(css('theme/dark-runs.css'))?.[1]);

  it('the dark stylesheet lifts them to a lightness floor', () => {
    expect(floor).toBeGreaterThan(0.4);
    expect(floor).toBeLessThan(0.8);
  });

  // Not checked on the light panel: the palette's orange, sky blue and yellow are under 3:1 on
  // white there (2.3, 2.3, 2.8), a limit of Okabe–Ito that the light theme has always had.

  it.each(RUN_COLORS)('%s reaches 3:1 on the dark panel once lifted', (run) => {
    const lifted = liftLightness(parseColor(run)!, floor);
    expect(contrastRatio(lifted, color(dark, '--panel'))).toBeGreaterThanOrEqual(3);
  });

  it('needs the lift: black does not show on the dark panel as it is', () => {
    expect(contrastRatio(parseColor('#000000')!, color(dark, '--panel'))).toBeLessThan(3);
  });

  it('lifting keeps light colours as they are and raises dark ones to the floor', () => {
    const orange = parseColor('#e69f00')!;
    expect(liftLightness(orange, floor)).toEqual(orange);
    const blue = liftLightness(parseColor('#0072b2')!, floor);
    expect(toOklab(blue)[0]).toBeCloseTo(floor, 2);
    // The hue survives: still more blue than red.
    expect(blue.b).toBeGreaterThan(blue.r);
  });
});
