/**
 * The SVG of a chart against step (the loss chart; the λmax chart, src/ui/curvature): the axes,
 * the plot clipped with a little room so lines on its edge keep their full width, the lines cut
 * at the cursor by the trails' clips (ChartTrailClips, src/state/trails.ts) with the future a
 * faint `<use>` of them, the marks above (crosses, cursor), and on top the hit area: a press or
 * drag pauses and moves the cursor to the step under the pointer, hovering reports that step.
 * The chart gives what it draws; class names and test ids come from its `block`.
 */
import { useId, type PointerEvent, type ReactNode } from 'react';
import { appStore, useApp } from '../../state/store';
import { ChartAxes } from './ChartAxes';
import { ChartSvg } from './ChartSvg';
import { ChartTrailClips } from './ChartTrailClips';
import { CHART_MARGIN, type ChartGeometry } from './geometry';
import { PaintBounds } from '../paint-bounds';
import { usePlotPointer } from './use-plot-pointer';

interface StepChartSvgProps {
  /** `<block>__svg` (beside .plot-box__svg), `<block>__hit`, test id `<block>-plot`, clip ids `<block>-clip…`. */
  block: string;
  width: number;
  height: number;
  /** What the chart shows, in a sentence. */
  label: string;
  geo: ChartGeometry;
  steps: number;
  /** Whether the value axis is labelled (there is something drawn). */
  showValues: boolean;
  /** The runs' lines (in a group the faded future is a `<use>` of). */
  lines: ReactNode;
  /** Drawn whole in the plot, under the lines (known ahead of the cursor: the λmax limits). */
  behind?: ReactNode;
  /** Drawn over the axes, in the margins too (a key). */
  overAxes?: ReactNode;
  /** Drawn over the plot, not clipped (the crosses where runs diverged, the cursor). */
  marks: ReactNode;
  /** The step under the pointer, or null once it leaves. */
  onHover: (step: number | null) => void;
  /**
   * Where the x axis counts something else than steps (the loss chart against evaluations of f):
   * the x of a cursor step, and the cursor step of an x. Absent: x is the step.
   */
  xAxis?: { ofStep(step: number): number; toStep(x: number): number };
}

export function StepChartSvg(props: StepChartSvgProps) {
  const { block, geo, steps } = props;
  const trails = useApp((s) => s.trails);
  const clipId = `${block}-clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const linesId = `${clipId}-lines`;
  const pastId = `${clipId}-past`;
  const futureId = `${clipId}-future`;

  const stepAt = (event: PointerEvent<Element>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const step = Math.round(geo.x.invert(event.clientX - box.left));
    return Math.max(0, Math.min(steps, step));
  };
  // A press seeks the cursor step at the x under the pointer; hovering reads the x itself.
  const cursorAt = (event: PointerEvent<Element>) =>
    props.xAxis ? props.xAxis.toStep(stepAt(event)) : stepAt(event);
  const pointer = usePlotPointer({
    seek: (event) => {
      const state = appStore.getState();
      state.pause();
      state.setCursor(cursorAt(event));
    },
    hover: (event) => props.onHover(event ? stepAt(event) : null),
  });

  return (
    <ChartSvg
      className={`plot-box__svg ${block}__svg`}
      width={props.width}
      height={props.height}
      label={props.label}
    >
      <defs>
        <clipPath id={clipId}>
          {/* A little room above and below, so lines on the edge keep their full width. */}
          <rect y={-3} width={geo.plotWidth} height={geo.plotHeight + 6} />
        </clipPath>
        {trails !== 'whole' && (
          <ChartTrailClips
            geo={geo}
            pastId={pastId}
            futureId={futureId}
            {...(props.xAxis ? { ofStep: props.xAxis.ofStep } : {})}
          />
        )}
      </defs>
      <g transform={`translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`}>
        <ChartAxes geo={geo} showValues={props.showValues} />
        {props.overAxes}
        <g clipPath={`url(#${clipId})`}>
          {props.behind}
          <g clipPath={trails === 'whole' ? undefined : `url(#${pastId})`}>
            <g id={linesId}>
              <PaintBounds block={block} width={geo.plotWidth} height={geo.plotHeight} />
              {props.lines}
            </g>
          </g>
          {/* The future: a copy of the same lines, faint, clipped to after the cursor. */}
          {trails === 'faded' && (
            <use
              href={`#${linesId}`}
              className="loss-chart__future"
              clipPath={`url(#${futureId})`}
            />
          )}
        </g>
        {props.marks}
        <rect
          className={`${block}__hit`}
          width={geo.plotWidth}
          height={geo.plotHeight}
          data-testid={`${block}-plot`}
          {...pointer}
        />
      </g>
    </ChartSvg>
  );
}
