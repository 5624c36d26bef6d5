/**
 * The frame of an exported SVG: a background, a title and a subtitle above the picture, the
 * legend below it. The picture itself (`content`) is SVG markup cloned from the app. Pure text
 * in, text out, so the layout is tested without a browser.
 */
import { LEGEND, type LegendLayout } from './legend';
import { escapeXml, xmlChars } from './safe-text';

export { escapeXml };

/** Colours and font of the frame, read from the app's theme. */
export interface FrameTheme {
  background: string;
  text: string;
  muted: string;
  border: string;
  fontFamily: string;
}

/** Height of the title band: a 17 px title over a 12 px subtitle. */
export const HEADER_HEIGHT = 48;
export const TITLE_SIZE = 17;
const SUBTITLE_SIZE = 12;

export interface FrameOptions {
  title: string;
  /** Width of a text at the title's size (bold); without it the title is written as it is. */
  measureTitle?: (text: string) => number;
  subtitle: string;
  /** The picture's size; the document is as wide and HEADER_HEIGHT + legend taller. */
  width: number;
  height: number;
  content: string;
  legend: LegendLayout;
  theme: FrameTheme;
}

/** The document's full size. */
export function frameSize(options: Pick<FrameOptions, 'width' | 'height' | 'legend'>): {
  width: number;
  height: number;
} {
  return {
    width: Math.round(options.width),
    height: Math.round(HEADER_HEIGHT + options.height + options.legend.height),
  };
}

/** The smallest title size before the title is shortened instead. */
const MIN_TITLE_SIZE = 12;

/**
 * A title that fits `width`: at TITLE_SIZE when it can, else smaller down to MIN_TITLE_SIZE,
 * else cut with an ellipsis. `measure` gives a text's width at TITLE_SIZE.
 */
export function fitTitle(
  title: string,
  width: number,
  measure: (text: string) => number,
): { text: string; size: number } {
  const room = width - 2 * LEGEND.padding;
  const full = measure(title);
  if (full <= room) return { text: title, size: TITLE_SIZE };
  const size = Math.max(MIN_TITLE_SIZE, Math.floor((TITLE_SIZE * room) / full));
  if (size > MIN_TITLE_SIZE) return { text: title, size };
  const scale = MIN_TITLE_SIZE / TITLE_SIZE;
  let text = title;
  while (text.length > 1 && measure(`${text}…`) * scale > room) text = text.slice(0, -1);
  return { text: `${text.trimEnd()}…`, size };
}

/** The title band as SVG markup. */
export function headerSvg(
  title: string,
  subtitle: string,
  theme: FrameTheme,
  titleSize: number = TITLE_SIZE,
): string {
  const family = escapeXml(theme.fontFamily);
  return (
    `<g class="export__header" style="font-family:${family}">` +
    `<text x="${LEGEND.padding}" y="22" style="font-size:${titleSize}px;font-weight:700;fill:${theme.text}">${escapeXml(title)}</text>` +
    `<text x="${LEGEND.padding}" y="39" style="font-size:${SUBTITLE_SIZE}px;fill:${theme.muted}">${escapeXml(subtitle)}</text>` +
    `</g>`
  );
}

/** The legend as SVG markup, its top left at the origin. */
export function legendSvg(layout: LegendLayout, theme: FrameTheme): string {
  const { rowHeight, fontSize, swatch, swatchGap, barWidth, barHeight, labelGap, padding } = LEGEND;
  const top = padding / 2;
  const baseline = (row: number) => top + row * rowHeight + rowHeight / 2;
  const parts: string[] = [];
  for (const run of layout.runs) {
    const y = baseline(run.row);
    parts.push(
      `<g class="export__legend-run">` +
        `<line x1="${run.x}" x2="${run.x + swatch}" y1="${y}" y2="${y}" style="stroke:${escapeXml(run.color)};stroke-width:3px;stroke-linecap:round"/>` +
        `<text x="${run.x + swatch + swatchGap}" y="${y}" dy="0.35em" style="fill:${theme.text}">${escapeXml(run.name)}</text>` +
        `</g>`,
    );
  }
  const scale = layout.scale;
  if (scale) {
    const y = baseline(scale.row);
    const barX = scale.x + scale.lowWidth + labelGap;
    const highX = barX + barWidth + labelGap;
    const cell = barWidth / Math.max(1, scale.colors.length);
    const cells = scale.colors
      .map(
        // A hair of overlap, so no background shows between the cells.
        (color, i) =>
          `<rect x="${round(barX + i * cell)}" y="${y - barHeight / 2}" width="${round(cell + 0.5)}" height="${barHeight}" style="fill:${color}"/>`,
      )
      .join('');
    parts.push(
      `<g class="export__legend-scale">` +
        `<text x="${scale.x}" y="${y}" dy="0.35em" style="fill:${theme.text}">${escapeXml(scale.low)}</text>` +
        cells +
        `<rect x="${barX}" y="${y - barHeight / 2}" width="${barWidth}" height="${barHeight}" style="fill:none;stroke:${theme.border}"/>` +
        `<text x="${highX}" y="${y}" dy="0.35em" style="fill:${theme.text}">${escapeXml(scale.high)}</text>` +
        `<text x="${highX + scale.highWidth + labelGap * 2}" y="${y}" dy="0.35em" style="fill:${theme.muted}">${escapeXml(scale.name)}</text>` +
        `</g>`,
    );
  }
  return `<g class="export__legend" style="font-family:${escapeXml(theme.fontFamily)};font-size:${fontSize}px">${parts.join('')}</g>`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The whole document: background, header, the picture, the legend. The picture is markup
 * serialised by the browser, which writes a control character in a run's name as it is: the
 * whole document goes through `xmlChars`, so whatever it holds it is well-formed XML (and so
 * draws as a PNG).
 */
export function frameSvg(options: FrameOptions): string {
  const { width, height } = frameSize(options);
  const { theme } = options;
  const fitted = options.measureTitle
    ? fitTitle(options.title, width, options.measureTitle)
    : { text: options.title, size: TITLE_SIZE };
  return xmlChars(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<title>${escapeXml(options.title)}</title>` +
      `<rect width="${width}" height="${height}" style="fill:${theme.background}"/>` +
      headerSvg(fitted.text, options.subtitle, theme, fitted.size) +
      `<g class="export__picture" transform="translate(0,${HEADER_HEIGHT})">${options.content}</g>` +
      `<g class="export__legend-band" transform="translate(0,${round(HEADER_HEIGHT + options.height)})">${legendSvg(options.legend, theme)}</g>` +
      `</svg>`,
  );
}
