/**
 * Which computed styles an exported SVG element gets inline. The app styles its SVGs from CSS
 * files and design tokens; a downloaded SVG has neither, so each element carries what it needs,
 * and no more: an inherited property only where it differs from what the exported parent already
 * passes down, a property that is not inherited only where it differs from its initial value.
 * Pure: the DOM walk (dom-svg.ts) passes computed values in.
 */

/** Inherited presentation properties, with the initial value a standalone SVG starts from. */
export const INHERITED: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  visibility: 'visible',
  // Text only (see TEXT_ONLY). No initial font: the first text writes the app's.
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'font-variant-numeric': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
};

/** Properties that are not inherited, with their initial values. */
export const NOT_INHERITED: Readonly<Record<string, string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
  'mix-blend-mode': 'normal',
};

/** Properties that only change how text is drawn: written on text elements only. */
const TEXT_ONLY = new Set([
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
]);

const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

/** Every property read from the computed style. */
export const STYLE_PROPERTIES: readonly string[] = [
  ...Object.keys(INHERITED),
  ...Object.keys(NOT_INHERITED),
];

/** What an element passes down in the export: the effective inherited values. */
export type Inherited = Readonly<Record<string, string>>;

/** The root's starting point: a standalone SVG's initial values. */
export const ROOT_INHERITED: Inherited = INHERITED;

/** One element's inline declarations and what it passes on to its children. */
export interface InlineStyle {
  /** `prop: value` pairs to write in the element's style attribute, in STYLE_PROPERTIES order. */
  declarations: [string, string][];
  inherited: Inherited;
}

/**
 * The declarations `tag` needs so that the export draws as `computed` does in the app, given what
 * its exported parent passes down.
 */
export function inlineStyle(
  tag: string,
  computed: (property: string) => string,
  parent: Inherited,
): InlineStyle {
  const isText = TEXT_TAGS.has(tag);
  const declarations: [string, string][] = [];
  const inherited: Record<string, string> = { ...parent };
  for (const property of Object.keys(INHERITED)) {
    if (TEXT_ONLY.has(property) && !isText) continue;
    const value = computed(property);
    if (value === '' || value === parent[property]) continue;
    declarations.push([property, value]);
    inherited[property] = value;
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    if (TEXT_ONLY.has(property) && !isText) continue;
    const value = computed(property);
    if (value !== '' && value !== initial) declarations.push([property, value]);
  }
  return { declarations, inherited };
}

/** The declarations as a style attribute's text. */
export function styleText(declarations: readonly [string, string][]): string {
  return declarations.map(([p, v]) => `${p}:${v}`).join(';');
}

/**
 * Elements left out of an export: what is not drawn (`display: none`), the app's invisible
 * interaction layers (hit areas, hover read-outs) and its paint bounds (src/ui/paint-bounds.tsx),
 * named by the BEM element of their class.
 */
export function isLeftOut(className: string, display: string): boolean {
  if (display === 'none') return true;
  return /__(?:hit|hover|start-hit|bounds)(?:\b|-|$)/.test(className);
}
