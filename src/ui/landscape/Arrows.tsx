/**
 * Arrows at each arrowed run's cursor point (docs/arrows.md): −α∇f (plain gradient descent's next
 * step from θₖ), Δθ (the step θₖ₋₁ → θₖ just taken) and the optimizer's direction state × −α
 * (momentum b, Adam's m̂, Lion's m). Δθ comes from the trajectory at once; ∇f and the state from
 * the lab worker (use-cursor-vectors.ts), drawn at the point they were computed for. A model's
 * vectors are projected onto the landscape's plane, as its paths are.
 */
import { memo } from 'react';
import type { CursorVectors } from '../../core/cursor-vectors';
import { useT } from '../../i18n';
import { useApp, useAppShallow } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { ArrowSettings } from '../../state/arrow-settings';
import type { PlaneData } from '../../engine/plane';
import { formatValue } from './format';
import type { Geometry } from './geometry';
import { useRunPaths, type RunPath } from './use-run-paths';
import { useCursorVectors } from './use-cursor-vectors';
import {
  arrowHead,
  arrowShaft,
  besideOverlaps,
  breakMark,
  descentStep,
  inset,
  labelPlacement,
  labelWidth,
  MARKER_PX,
  projectVector,
  screenArrow,
  separateLabels,
  stepTaken,
  type LabelPlacement,
  type PlotBox,
  type ScreenArrow,
  type Vec2,
} from './arrows-geometry';
import './Arrows.css';

type Kind = 'grad' | 'step' | 'state';

/** The arrows' labels: symbols, the same in every language (docs/i18n.md). */
const LABELS = { grad: '−α∇f', step: 'Δθ', b: '−αb', mHat: '−αm̂', m: '−αm' } as const;

const TEST_IDS: Record<Kind, string> = {
  grad: 'arrow-grad',
  step: 'arrow-step',
  state: 'arrow-momentum',
};

/** One arrow to draw: where (true ends), its label and what a screen reader is told. */
interface ArrowSpec {
  kind: Kind;
  run: RunPath;
  /** The step whose point the arrow belongs to. */
  step: number;
  arrow: ScreenArrow;
  /** As drawn: clear of the marker (`inset`). */
  drawn: ScreenArrow;
  label: string;
  description: string;
}

export const Arrows = memo(function Arrows({ geo }: { geo: Geometry }) {
  const t = useT();
  const runs = useRunPaths(geo);
  const step = useApp(effectiveCursor);
  const { settings, plane, resultsScenario } = useAppShallow((s) => ({
    settings: s.arrows,
    plane: s.plane,
    resultsScenario: s.resultsScenario,
  }));
  const vectors = useCursorVectors();
  if (!settings.grad && !settings.step && !settings.state) return null;
  // Vectors of earlier results (a slider moved since) would point from the wrong place.
  const fresh = vectors && vectors.scenario === resultsScenario ? vectors.byRun : null;
  const box = { width: geo.plotWidth, height: geo.plotHeight };
  const specs = runs
    .filter((run) => settings.allRuns || run.selected)
    .flatMap((run) =>
      arrowsOf(run, step, geo, box, settings, fresh?.get(run.index) ?? null, plane, t),
    );
  const places = separateLabels(
    specs.map((spec) => ({
      ...labelPlacement(spec.drawn, spec.kind === 'step' ? 'middle' : 'tip', box),
      width: labelWidth(spec.label),
    })),
  );
  return (
    <svg
      className="landscape__arrows"
      width={geo.plotWidth}
      height={geo.plotHeight}
      data-testid="arrows"
    >
      {specs.map((spec, i) => (
        <Arrow key={`${spec.run.index}-${spec.kind}`} spec={spec} place={places[i]!} />
      ))}
    </svg>
  );
});

/** The point of a drawn run at step k (2 coordinates: a model's are on its plane). */
const pointAt = (run: RunPath, k: number): Vec2 => [
  run.result.trajectory[2 * k]!,
  run.result.trajectory[2 * k + 1]!,
];

/** A run's arrows at the cursor: Δθ, then −α∇f and the state (drawn over it). */
function arrowsOf(
  run: RunPath,
  step: number,
  geo: Geometry,
  box: PlotBox,
  settings: ArrowSettings,
  entry: CursorVectors | null,
  plane: PlaneData | null,
  t: ReturnType<typeof useT>,
): ArrowSpec[] {
  const specs: ArrowSpec[] = [];
  const k = Math.min(step, run.result.loss.length - 1);
  const inPlane = (v: readonly number[]): Vec2 =>
    plane ? projectVector(v, plane.d1, plane.d2) : [v[0]!, v[1]!];
  // Drawn clear of the marker: Δθ arrives at its rim, the others leave from it. The data-
  // attributes keep the true ends (the points), which the end-to-end tests compare.
  const add = (
    kind: Kind,
    at: number,
    arrow: ScreenArrow,
    label: string,
    description: string,
    factor = 1,
  ) =>
    specs.push({
      kind,
      run,
      step: at,
      arrow,
      drawn: kind === 'step' ? inset(arrow, 0, MARKER_PX + 1) : inset(arrow, MARKER_PX, 0),
      label: arrow.clipped ? `${label} ×${formatFactor(factor)}` : label,
      description,
    });

  if (settings.step) {
    const delta = stepTaken(run.result.trajectory, k);
    const arrow = delta && screenArrow(pointAt(run, k - 1), delta, geo);
    if (delta && arrow)
      add(
        'step',
        k,
        arrow,
        LABELS.step,
        t('arrows.describe.step', {
          name: run.name,
          previous: k - 1,
          step: k,
          norm: formatValue(Math.hypot(...delta)),
        }),
      );
  }
  // ∇f and the state belong to the entry's step, which trails the cursor during playback.
  if (!entry || entry.step >= run.result.loss.length) return specs;
  const from = pointAt(run, entry.step);
  if (settings.grad) {
    const vector = descentStep(inPlane(entry.grad), entry.lr);
    const arrow = screenArrow(from, vector, geo, box);
    if (arrow)
      add(
        'grad',
        entry.step,
        arrow,
        LABELS.grad,
        t('arrows.describe.grad', {
          name: run.name,
          step: entry.step,
          lr: formatValue(entry.lr),
          norm: formatValue(Math.hypot(...entry.grad)),
        }),
        clipFactor(from, vector, geo, arrow),
      );
  }
  if (settings.state && entry.state) {
    const vector = descentStep(inPlane(entry.state.vector), entry.lr);
    const arrow = screenArrow(from, vector, geo, box);
    const symbol = LABELS[entry.state.symbol];
    if (arrow)
      add(
        'state',
        entry.step,
        arrow,
        symbol,
        t('arrows.describe.state', {
          name: run.name,
          symbol,
          step: entry.step,
          lr: formatValue(entry.lr),
          norm: formatValue(Math.hypot(...vector)),
        }),
        clipFactor(from, vector, geo, arrow),
      );
  }
  // Δθ beside an arrow drawn back over it (the overshoot), so both show.
  const taken = specs.find((spec) => spec.kind === 'step');
  if (taken)
    taken.drawn = besideOverlaps(
      taken.drawn,
      specs.filter((spec) => spec !== taken).map((spec) => spec.arrow),
    );
  return specs;
}

/** How many times longer than drawn a clipped arrow truly is (1 when it is not clipped). */
function clipFactor(from: Vec2, vector: Vec2, geo: Geometry, drawn: ScreenArrow): number {
  const full = drawn.clipped ? screenArrow(from, vector, geo) : null;
  if (!full) return 1;
  return (
    Math.hypot(full.x2 - full.x1, full.y2 - full.y1) /
    Math.hypot(drawn.x2 - drawn.x1, drawn.y2 - drawn.y1)
  );
}

function Arrow({ spec, place }: { spec: ArrowSpec; place: LabelPlacement }) {
  const { kind, run, step, arrow, drawn, label, description } = spec;
  const shaft = arrowShaft(drawn);
  const head = arrowHead(drawn);
  return (
    <g
      className={`landscape__arrow landscape__arrow--${kind}`}
      data-testid={TEST_IDS[kind]}
      data-run={run.index}
      data-step={step}
      data-x1={round(arrow.x1)}
      data-y1={round(arrow.y1)}
      data-x2={round(arrow.x2)}
      data-y2={round(arrow.y2)}
      data-clipped={arrow.clipped || undefined}
      role="img"
      aria-label={description}
    >
      <path className="landscape__arrow-halo" d={shaft} />
      <path className="landscape__arrow-halo" d={head} />
      <path className="landscape__arrow-shaft" d={shaft} />
      {arrow.clipped && <path className="landscape__arrow-break" d={breakMark(drawn)} />}
      <path className="landscape__arrow-head" d={head} />
      <text className="landscape__arrow-label" x={place.x} y={place.y} textAnchor={place.anchor}>
        {label}
      </text>
    </g>
  );
}

const round = (value: number) => Math.round(value * 100) / 100;
const formatFactor = (factor: number) =>
  factor >= 100 ? formatValue(factor) : factor >= 10 ? factor.toFixed(0) : factor.toFixed(1);
