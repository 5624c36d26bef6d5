/**
 * The key of the Curvature chart's lines, drawn in the SVG's top margin at the right (so an
 * exported picture keeps it): a solid swatch "λmax" and a dashed one "stability limit", laid out
 * from the right once their texts are measured (their widths depend on the language and on
 * presentation mode's type).
 */
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-curvature'; // its words load with this chunk (docs/i18n.md)

/** A swatch's length and the room around it, px. */
const SWATCH = 18;
const GAP = 5;
const SPACE = 12;

export function CurvatureKey({ right, y }: { right: number; y: number }) {
  const t = useT();
  const lambda = useRef<SVGTextElement>(null);
  const limit = useRef<SVGTextElement>(null);
  const [widths, setWidths] = useState<[number, number]>([30, 90]);
  const lambdaText = t('curvature.keyLambda');
  const limitText = t('curvature.keyLimit');

  // Measured after layout (getComputedTextLength needs the rendered text; jsdom has none), and
  // again when a text's size changes without a render of ours (presentation mode's larger type,
  // fonts arriving): a ResizeObserver on the texts, as the loss chart's axis help does.
  useLayoutEffect(() => {
    const measure = (text: SVGTextElement | null, fallback: number) =>
      typeof text?.getComputedTextLength === 'function' ? text.getComputedTextLength() : fallback;
    const update = () => {
      const next: [number, number] = [measure(lambda.current, 30), measure(limit.current, 90)];
      setWidths((old) =>
        Math.abs(old[0] - next[0]) < 0.5 && Math.abs(old[1] - next[1]) < 0.5 ? old : next,
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    for (const text of [lambda.current, limit.current]) if (text) observer.observe(text);
    return () => observer.disconnect();
  }, [lambdaText, limitText]);

  // From the right: the limit's text, its swatch, then λmax's text and its swatch.
  const limitSwatch = right - widths[1] - GAP;
  const lambdaEnd = limitSwatch - SWATCH - SPACE;
  const lambdaSwatch = lambdaEnd - widths[0] - GAP;
  return (
    <g className="curvature-key" aria-hidden="true" data-testid="curvature-key">
      <KeyEntry line="solid" swatchEnd={lambdaSwatch} end={lambdaEnd} y={y} textRef={lambda}>
        {lambdaText}
      </KeyEntry>
      <KeyEntry line="dashed" swatchEnd={limitSwatch} end={right} y={y} textRef={limit}>
        {limitText}
      </KeyEntry>
    </g>
  );
}

/** One entry of the key: a swatch of its line ending at `swatchEnd`, its name ending at `end`. */
function KeyEntry({
  line,
  swatchEnd,
  end,
  y,
  textRef,
  children,
}: {
  line: 'solid' | 'dashed';
  swatchEnd: number;
  end: number;
  /** The text's baseline; the swatch is level with its middle. */
  y: number;
  textRef: RefObject<SVGTextElement>;
  children: ReactNode;
}) {
  const middle = y - 4;
  return (
    <>
      <line
        className={`curvature-key__${line}`}
        x1={swatchEnd - SWATCH}
        x2={swatchEnd}
        y1={middle}
        y2={middle}
      />
      <text ref={textRef} x={end} y={y} textAnchor="end">
        {children}
      </text>
    </>
  );
}
