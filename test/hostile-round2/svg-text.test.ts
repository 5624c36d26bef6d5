/**
 * Class 9 of issue 23: control characters broke the exports. For any title, run label and colour
 * scale label, and any text in the picture cloned from the page (serialised as Chromium's
 * XMLSerializer does: `&`, `<`, `>` escaped, controls written raw), the exported SVG is
 * well-formed XML 1.0 by saxes (a conforming parser that refuses characters XML forbids), and
 * each text reads back as itself with what XML cannot hold replaced by U+FFFD (and, in the
 * page's text, line ends as XML reads them). The PNG is that
 * SVG drawn through a data URL: encodeURIComponent must not throw on it (a lone surrogate did).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWidth, layoutLegend } from '../../src/export/legend';
import { frameSvg } from '../../src/export/svg-document';
import { hostileText, isWellFormed, isXmlChar, replacing } from './hostile-text';
import { parseSvg as parse } from './xml';

const theme = {
  background: '#fff',
  text: '#111',
  muted: '#666',
  border: '#999',
  fontFamily: 'system-ui, sans-serif',
};

/** Text as Chromium's XMLSerializer writes it: markup escaped, every other character as it is. */
const serializedText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const serializedAttribute = (text: string) => serializedText(text).replace(/"/g, '&quot;');

const asXml = (text: string) => replacing(text, isXmlChar);

describe('SVG export text (issue 23, class 9)', () => {
  it('any title, labels and page text give a well-formed SVG that reads back', () => {
    fc.assert(
      fc.property(
        hostileText(),
        hostileText(),
        fc.array(hostileText(), { minLength: 1, maxLength: 3 }),
        fc.array(hostileText(4), { minLength: 3, maxLength: 3 }),
        (title, subtitle, labels, [low, high, scaleName]) => {
          const legend = layoutLegend(
            labels.map((name) => ({ name, color: '#0072b2' })),
            { name: scaleName!, colors: ['#000', '#fff'], low: low!, high: high! },
            400,
            estimateWidth,
          );
          // What the cloned page holds: a run's name as text and in an attribute.
          const content = labels
            .map(
              (label) =>
                `<text class="page-label" aria-label="${serializedAttribute(label)}">${serializedText(label)}</text>`,
            )
            .join('');
          const svg = frameSvg({
            title,
            subtitle,
            width: 400,
            height: 300,
            content,
            legend,
            theme,
          });
          const { error, texts } = parse(svg, ['export__legend-run', 'page-label']);
          expect(error).toBeNull();
          expect(isWellFormed(svg)).toBe(true);
          expect(() => encodeURIComponent(svg)).not.toThrow();
          expect(texts['title']).toEqual([asXml(title)]);
          expect(texts['export__legend-run']).toEqual(labels.map(asXml));
          // The browser writes a CR raw, which XML reads as LF: that is all it may change.
          expect(texts['page-label']).toEqual(labels.map((l) => asXml(l).replace(/\r\n?/g, '\n')));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the issue’s examples: U+0001, U+001B, U+000B, U+FFFE, U+FFFF and a lone surrogate', () => {
    const labels = ['a\u0001b', 'a\u001bb', 'a\u000bb', 'a\ufffeb', 'a\uffffb', 'a\ud800b'];
    const legend = layoutLegend(
      labels.map((name) => ({ name, color: '#000' })),
      null,
      400,
      estimateWidth,
    );
    const svg = frameSvg({
      title: 'T',
      subtitle: 'S',
      width: 400,
      height: 300,
      content: labels.map((l) => `<text>${l}</text>`).join(''),
      legend,
      theme,
    });
    const { error, texts } = parse(svg, ['export__legend-run']);
    expect(error).toBeNull();
    expect(texts['export__legend-run']).toEqual(labels.map(() => 'a\ufffdb'));
  });
});
