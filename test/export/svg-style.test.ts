import { describe, expect, it } from 'vitest';
import { inlineStyle, isLeftOut, ROOT_INHERITED, styleText } from '../../src/export/svg-style';

/** A computed style from a few values; every other property at its initial value. */
function computed(values: Record<string, string>): (property: string) => string {
  const initial: Record<string, string> = { ...ROOT_INHERITED, opacity: '1' };
  return (property) => values[property] ?? initial[property] ?? '';
}

describe('inlineStyle', () => {
  it('writes on a path the paint that differs from what its parent passes down', () => {
    const { declarations } = inlineStyle(
      'path',
      computed({ fill: 'none', stroke: 'rgb(0, 114, 178)', 'stroke-width': '2px' }),
      ROOT_INHERITED,
    );
    expect(Object.fromEntries(declarations)).toEqual({
      fill: 'none',
      stroke: 'rgb(0, 114, 178)',
      'stroke-width': '2px',
    });
  });

  it('does not repeat on a child what its exported parent already set', () => {
    const parent = inlineStyle('g', computed({ stroke: 'rgb(1, 2, 3)' }), ROOT_INHERITED);
    const child = inlineStyle('line', computed({ stroke: 'rgb(1, 2, 3)' }), parent.inherited);
    expect(parent.declarations).toEqual([['stroke', 'rgb(1, 2, 3)']]);
    expect(child.declarations).toEqual([]);
  });

  it('writes fonts on text only, and every text gets the font family once', () => {
    const font = { 'font-family': 'system-ui', 'font-size': '12px' };
    const group = inlineStyle('g', computed(font), ROOT_INHERITED);
    expect(group.declarations).toEqual([]);
    const text = inlineStyle('text', computed(font), group.inherited);
    expect(Object.fromEntries(text.declarations)).toEqual(font);
  });

  it('writes a property that is not inherited (opacity) wherever it is not its initial value', () => {
    const parent = inlineStyle('g', computed({ opacity: '0.5' }), ROOT_INHERITED);
    expect(parent.declarations).toEqual([['opacity', '0.5']]);
    // Not passed down: a child at opacity 0.5 needs its own (it multiplies).
    const child = inlineStyle('path', computed({ opacity: '0.5' }), parent.inherited);
    expect(child.declarations).toEqual([['opacity', '0.5']]);
  });

  it('writes nothing for an element styled exactly as a standalone SVG starts', () => {
    expect(inlineStyle('rect', computed({}), ROOT_INHERITED).declarations).toEqual([]);
  });
});

describe('styleText', () => {
  it('joins declarations as a style attribute', () => {
    expect(
      styleText([
        ['fill', 'none'],
        ['stroke', 'red'],
      ]),
    ).toBe('fill:none;stroke:red');
  });
});

describe('isLeftOut', () => {
  it('leaves out hit areas, hover read-outs, paint bounds and what is not displayed', () => {
    expect(isLeftOut('landscape__hit', 'inline')).toBe(true);
    expect(isLeftOut('landscape__start-hit', 'inline')).toBe(true);
    expect(isLeftOut('sweep-chart__hover-line', 'inline')).toBe(true);
    expect(isLeftOut('loss-chart__bounds', 'inline')).toBe(true);
    expect(isLeftOut('loss-chart__line', 'none')).toBe(true);
  });

  it('keeps what is drawn', () => {
    expect(isLeftOut('landscape__path', 'inline')).toBe(false);
    expect(isLeftOut('loss-chart__hits', 'inline')).toBe(false);
    expect(isLeftOut('', 'inline')).toBe(false);
  });
});
