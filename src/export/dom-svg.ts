/**
 * The browser side of SVG exports: clone a live SVG with its computed styles inlined (the rules
 * are in svg-style.ts), read the theme, measure text, and serialise.
 */
import { LEGEND } from './legend';
import { TITLE_SIZE, type FrameTheme } from './svg-document';
import { inlineStyle, isLeftOut, ROOT_INHERITED, styleText, type Inherited } from './svg-style';

/**
 * Attributes of the live view not exported: focus and roles of the interactive plot, and the
 * inline style, which the computed one replaces.
 */
const DROPPED_ATTRIBUTES = ['tabindex', 'role', 'style'];

/**
 * A deep clone of `source` with every element's computed style inlined and the interaction
 * layers left out. `inherited` is what the clone's exported parent passes down.
 */
export function cloneStyled(
  source: Element,
  inherited: Inherited = ROOT_INHERITED,
): Element | null {
  // Definitions (clip paths) are not drawn themselves: copied as they are, with their ids.
  if (source.tagName === 'defs') return source.cloneNode(true) as Element;
  const computed = getComputedStyle(source);
  const className = source.getAttribute('class') ?? '';
  if (isLeftOut(className, computed.display)) return null;
  const clone = source.cloneNode(false) as Element;
  for (const name of DROPPED_ATTRIBUTES) clone.removeAttribute(name);
  const style = inlineStyle(source.tagName, (p) => computed.getPropertyValue(p), inherited);
  if (style.declarations.length > 0) clone.setAttribute('style', styleText(style.declarations));
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) clone.appendChild(child.cloneNode());
    else if (child instanceof Element) {
      const styled = cloneStyled(child, style.inherited);
      if (styled) clone.appendChild(styled);
    }
  }
  return clone;
}

/** The inner markup of a styled clone of an <svg>: its children, ready to nest in a frame. */
export function styledContent(svg: SVGSVGElement): string {
  const clone = cloneStyled(svg);
  if (!clone) return '';
  const serializer = new XMLSerializer();
  return [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

/** Serialises one element (e.g. a styled clone). */
export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/**
 * The frame's colours from the app's theme on `element` (so a dark theme exports dark): the
 * panel's background, text colours and font.
 */
export function readTheme(element: Element): FrameTheme {
  const style = getComputedStyle(element);
  const variable = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    background: variable('--panel', '#ffffff'),
    text: variable('--text', '#17212b'),
    muted: variable('--text-muted', '#5b6673'),
    border: variable('--border-strong', '#b9c1ca'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

let measureContext: CanvasRenderingContext2D | null = null;

/** A text's width in the app's font at `size` px (and `weight`), measured by a canvas. */
export function measureText(
  fontFamily: string,
  size: number = LEGEND.fontSize,
  weight = 400,
): (text: string) => number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  return (text) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${weight} ${size}px ${fontFamily}`;
    return Math.ceil(ctx.measureText(text).width);
  };
}

/** Measures for a frame: the legend's text and the bold title. */
export function frameMeasures(fontFamily: string): {
  legend: (text: string) => number;
  title: (text: string) => number;
} {
  return { legend: measureText(fontFamily), title: measureText(fontFamily, TITLE_SIZE, 700) };
}
