import { describe, expect, it } from 'vitest';
import { estimateWidth, LEGEND, layoutLegend } from '../../src/export/legend';
import {
  fitTitle,
  frameSize,
  frameSvg,
  legendSvg,
  escapeXml,
  TITLE_SIZE,
} from '../../src/export/svg-document';

/** 10 px per character: easy sums. */
const measure = (text: string) => text.length * 10;
const entry = (name: string) => LEGEND.swatch + LEGEND.swatchGap + measure(name);
const theme = {
  background: '#fff',
  text: '#111',
  muted: '#666',
  border: '#999',
  fontFamily: 'system-ui, "Noto Sans"',
};

describe('layoutLegend', () => {
  it('puts runs side by side on one row while they fit', () => {
    const layout = layoutLegend(
      [
        { name: 'GD', color: 'red' },
        { name: 'Adam', color: 'blue' },
      ],
      null,
      600,
      measure,
    );
    expect(layout.rows).toBe(1);
    expect(layout.runs.map((r) => [r.x, r.row])).toEqual([
      [LEGEND.padding, 0],
      [LEGEND.padding + entry('GD') + LEGEND.entryGap, 0],
    ]);
    expect(layout.height).toBe(LEGEND.rowHeight + LEGEND.padding);
  });

  it('wraps a run that would cross the right edge onto the next row', () => {
    const names = ['Gradient descent', 'Momentum SGD', 'Adam'];
    const width = LEGEND.padding * 2 + entry(names[0]!) + LEGEND.entryGap + entry(names[1]!) - 1;
    const layout = layoutLegend(
      names.map((name) => ({ name, color: 'red' })),
      null,
      width,
      measure,
    );
    expect(layout.runs.map((r) => r.row)).toEqual([0, 1, 1]);
    expect(layout.runs[1]!.x).toBe(LEGEND.padding);
    expect(layout.rows).toBe(2);
  });

  it('places the colour scale after the runs, on a new row when it does not fit', () => {
    const scale = { name: 'f, log scale', colors: ['#000', '#fff'], low: '0.01', high: '100' };
    const wide = layoutLegend([{ name: 'GD', color: 'red' }], scale, 800, measure);
    expect(wide.scale!.row).toBe(0);
    expect(wide.scale!.x).toBeGreaterThan(wide.runs[0]!.x);
    const narrow = layoutLegend([{ name: 'GD', color: 'red' }], scale, 250, measure);
    expect(narrow.scale!.row).toBe(1);
    expect(narrow.scale!.x).toBe(LEGEND.padding);
  });

  it('is empty, with no height, when there is nothing to list', () => {
    expect(layoutLegend([], null, 500, measure)).toEqual({
      runs: [],
      scale: null,
      rows: 0,
      height: 0,
    });
  });
});

describe('estimateWidth', () => {
  it('counts a CJK character about twice as wide as a Latin one', () => {
    expect(estimateWidth('损失')).toBeGreaterThan(estimateWidth('ab') * 1.5);
  });
});

describe('fitTitle', () => {
  it('keeps a title that fits at the full size', () => {
    expect(fitTitle('Rosenbrock', 400, measure)).toEqual({ text: 'Rosenbrock', size: TITLE_SIZE });
  });

  it('shrinks a long title to fit, and cuts it with an ellipsis below the smallest size', () => {
    const long = 'x'.repeat(40); // 400 px at the full size
    const shrunk = fitTitle(long, 400, measure);
    expect(shrunk.text).toBe(long);
    expect(shrunk.size).toBeLessThan(TITLE_SIZE);
    expect(shrunk.size).toBeGreaterThanOrEqual(12);
    const cut = fitTitle('y'.repeat(200), 300, measure);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(measure(cut.text) * (cut.size / TITLE_SIZE)).toBeLessThanOrEqual(
      300 - 2 * LEGEND.padding,
    );
  });
});

describe('frameSvg', () => {
  const legend = layoutLegend([{ name: 'A & B <1>', color: 'rgb(1, 2, 3)' }], null, 400, measure);
  const svg = frameSvg({
    title: 'Rosenbrock — loss landscape',
    subtitle: '2 runs',
    width: 400,
    height: 300,
    content: '<g id="picture"/>',
    legend,
    theme,
  });

  it('is as wide as the picture and taller by the title band and the legend', () => {
    const size = frameSize({ width: 400, height: 300, legend });
    expect(size).toEqual({ width: 400, height: 48 + 300 + legend.height });
    expect(svg).toContain(`width="400" height="${size.height}"`);
  });

  it('holds the title, the picture under it and the legend with escaped run names', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Rosenbrock — loss landscape</text>');
    expect(svg).toContain(
      '<g class="export__picture" transform="translate(0,48)"><g id="picture"/></g>',
    );
    expect(svg).toContain('A &amp; B &lt;1&gt;');
    expect(svg).toContain('stroke:rgb(1, 2, 3)');
  });

  it('quotes the font family safely inside the style attribute', () => {
    expect(svg).not.toContain('"Noto Sans"');
    expect(svg).toContain('&quot;Noto Sans&quot;');
  });
});

describe('legendSvg', () => {
  it('draws one rectangle per colour of the scale between its end labels', () => {
    const layout = layoutLegend(
      [],
      { name: 'f', colors: ['#000', '#777', '#fff'], low: '1', high: '9' },
      500,
      measure,
    );
    const svg = legendSvg(layout, theme);
    expect(svg.match(/style="fill:#(?:000|777|fff)"/g)).toHaveLength(3);
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>9</text>');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
