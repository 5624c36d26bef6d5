/**
 * The loss landscape: the painted surface, axes, minima, one trajectory per run, the shared start
 * point, hover read-out and the window controls (docs/screen.md, "What the screen holds", 1).
 */
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useApp, useAppShallow } from '../../state/store';
import { landscapeInfo, problemInfo } from '../../state/selectors';
import { problemTag, runViews } from '../../state/run-views';
import { PredictOverlay } from '../present/PredictOverlay';
import { PresentBar, PresentButton } from '../present/PresentBar';
import { RunLegendSlot } from '../present/RunLegendSlot';
import { OpenFullLink } from '../share/OpenFullLink';
import { useEngine } from '../engine-context';
import { Axes } from './Axes';
import { ColorLegend } from './ColorLegend';
import { geometry, MARGIN } from './geometry';
import { HoverReadout } from './HoverReadout';
import { Minima } from './Minima';
import { SurfaceCanvas } from './SurfaceCanvas';
import { BusySign } from './BusySign';
import { Trajectories } from './Trajectories';
import { ProgressLayer } from './ProgressLayer';
import { ArrowsMenu } from './ArrowsMenu';
import { InspectorButton } from '../inspector/InspectorButton';
import { ExportMenu } from '../export/ExportMenu';
import { LegendButton } from '../help/LegendButton';
import { NoteButton } from '../note/NoteButton';
import { FirstVisitHint } from '../help/FirstVisitHint';
import { Landscape3dSlot, ViewToggle } from '../landscape3d/Landscape3dSlot';
import { useGestures } from './use-gestures';
import { useProbe } from './use-probe';
import { useModelTarget } from './use-model-target';
import { useSize } from '../charts/use-size';
import { formatValue } from './format';
import { anyArrow } from '../../state/arrow-settings';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import './Landscape.css';
import { viewTag } from '../../plot/viewport';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { axisNames } from '../../i18n/text';

// The arrows' layer and its geometry load when an arrow is first turned on: the first view has
// none (issue 17; docs/benchmark.md, "Initial JavaScript").
const Arrows = lazyPart(
  onDemand(() => import('./Arrows')),
  (m) => m.Arrows,
);
// The local quadratic model and its geometry too (docs/curvature-views.md).
const LocalModel = lazyPart(
  onDemand(() => import('./LocalModel')),
  (m) => m.LocalModel,
);
// Layers of some problems or modes only, which the first view does not draw: L-BFGS's line
// search, a model's slice badge (issue 17).
const LineSearchMarks = lazyPart(
  onDemand(() => import('./LineSearchMarks')),
  (m) => m.LineSearchMarks,
);
const SliceBadge = lazyPart(
  onDemand(() => import('./SliceBadge')),
  (m) => m.SliceBadge,
);

export function Landscape() {
  const t = useT();
  const { sync } = useEngine();
  // Only runs whose steps evaluate f several times (L-BFGS's line search) record trial points.
  const lineSearch = useApp((s) => s.results?.some((result) => result.trialPoints) ?? false);
  const {
    problem,
    start,
    window: requested,
    setWindow,
    setShownWindow,
    embed,
    plane,
    planeStart,
    predicting,
    presenting,
    arrowsOn,
    landscapeView,
  } = useAppShallow((s) => ({
    landscapeView: s.landscapeView,
    arrowsOn: anyArrow(s.arrows),
    predicting: s.predicting,
    presenting: s.presenting,
    embed: s.embed,
    // The plane of the runs paired with the current problem (src/state/run-views.ts): another
    // problem's plane or paths are never drawn under this one's axes.
    plane: runViews(s).plane,
    // A model's start is where the runs begin on the plane (all runs share it).
    planeStart: runViews(s).runs[0]?.drawn.trajectory,
    problem: s.scenario.problem,
    start: s.scenario.start,
    window: s.window,
    setWindow: s.setWindow,
    setShownWindow: s.setShownWindow,
  }));
  const info = landscapeInfo(problem, plane);
  const sliced = plane !== null;
  const problemTitle = problemText(problemInfo(problem)).title;
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<SVGRectElement>(null);
  const size = useSize(container);
  const [hover, setHover] = useState<[number, number] | null>(null);
  // The local quadratic model's point (the pointer's, or the selected run's) and one probe of
  // f, ∇f and H there for it and the read-out.
  const modelTarget = useModelTarget(hover);
  const probe = useProbe(hover ?? modelTarget?.point ?? null);

  const geo = useMemo(
    () => geometry(requested ?? info.view, size.width, size.height),
    [requested, info.view, size],
  );
  // The plot's box inside the landscape: the surface's layer and the moving parts' layer.
  const plotBox = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: geo.plotWidth,
    height: geo.plotHeight,
  };

  useEffect(() => {
    if (size.width > 0)
      sync.setCanvasSize({
        width: geo.plotWidth,
        height: geo.plotHeight,
        pixelRatio: window.devicePixelRatio || 1,
      });
  }, [sync, geo.plotWidth, geo.plotHeight, size.width]);

  // The region this plot shows, for the 3D view beside it (the same region in both).
  useEffect(() => {
    if (size.width > 0 && size.height > 0) setShownWindow(geo.view);
  }, [setShownWindow, geo.view, size.width, size.height]);

  const gestures = useGestures(geo, plot, container, info.view, setHover);
  const shownStart = sliced ? planeStart : start;
  // In the language shown; after the memoised geometry, which reads `info` as it is.
  const axes = axisNames(info.axes, plane?.method ?? null);
  const landscapeTitle = sliced ? t('landscape.sliceTitle', { title: problemTitle }) : problemTitle;
  const startX = geo.x(shownStart?.[0] ?? NaN);
  const startY = geo.y(shownStart?.[1] ?? NaN);

  return (
    <section
      className={`panel landscape${landscapeView === '2d' ? '' : ` landscape--${landscapeView}`}`}
      aria-label={t('landscape.label')}
    >
      {/* Above the plot, never over it: it wraps as tools are added, and the plot gives way
          (docs/app.md, "Layout"). */}
      <div className="landscape__tools" role="group" aria-label={t('layout.tools')}>
        {embed && <RunLegendSlot compact />}
        <ColorLegend />
        <ViewToggle />
        {/* Hidden while the class predicts (they would show the runs), but keeping their place:
            the row must not wrap differently when the runs are revealed, or the plot and the
            question over it would jump under the pointer (a flaky lesson walk found it). */}
        {!embed && (
          <span
            className="landscape__kept"
            data-kept={predicting}
            inert={predicting ? '' : undefined}
          >
            <ArrowsMenu />
          </span>
        )}
        {!embed && !presenting && <InspectorButton />}
        {!embed && !presenting && <PresentButton />}
        {!embed && !presenting && (
          <span
            className="landscape__kept"
            data-kept={predicting}
            inert={predicting ? '' : undefined}
          >
            <ExportMenu />
          </span>
        )}
        {presenting && <PresentBar />}
        {!embed && <LegendButton />}
        <NoteButton />
        <button
          type="button"
          className="button"
          onClick={() => setWindow(null)}
          disabled={requested === null}
        >
          {t('landscape.resetView')}
        </button>
        {embed && <OpenFullLink />}
      </div>
      <div className="landscape__surface" ref={container}>
        {size.width > 0 && (
          <>
            <div className="landscape__plot" style={plotBox}>
              <SurfaceCanvas geo={geo} />
            </div>
            <svg
              className="landscape__svg"
              width={size.width}
              height={size.height}
              data-testid="landscape"
              data-problem={problemTag(problem)}
              data-view={viewTag(geo.view)}
              role="application"
              aria-label={t('landscape.description', {
                title: landscapeTitle,
                start: sliced ? '' : t('landscape.descriptionStart'),
              })}
              tabIndex={0}
              onKeyDown={gestures.onKeyDown}
            >
              <defs>
                <clipPath id="landscape-clip">
                  <rect width={geo.plotWidth} height={geo.plotHeight} />
                </clipPath>
              </defs>
              <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
                <Axes geo={geo} names={axes} />
                <rect
                  ref={plot}
                  className="landscape__hit"
                  width={geo.plotWidth}
                  height={geo.plotHeight}
                  onPointerDown={gestures.onPointerDown}
                  onPointerMove={gestures.onPointerMove}
                  onPointerUp={gestures.onPointerUp}
                  onPointerCancel={gestures.onPointerCancel}
                  onPointerLeave={() => setHover(null)}
                />
                <g clipPath="url(#landscape-clip)" pointerEvents="none">
                  <Minima geo={geo} points={info.minima} />
                  {!predicting && <Trajectories geo={geo} />}
                </g>
                {sliced ? (
                  Number.isFinite(startX) && (
                    <g
                      className="landscape__start landscape__start--fixed"
                      transform={`translate(${startX},${startY})`}
                      data-testid="start-handle"
                    >
                      <title>{t('landscape.initialWeights')}</title>
                      <circle r={7} className="landscape__start-ring" />
                      <circle r={2.5} className="landscape__start-dot" />
                    </g>
                  )
                ) : (
                  <g
                    className="landscape__start"
                    transform={`translate(${startX},${startY})`}
                    onPointerDown={gestures.grabStart}
                    onPointerMove={gestures.onPointerMove}
                    onPointerUp={gestures.onPointerUp}
                    data-testid="start-handle"
                  >
                    <title>
                      {t('landscape.start', {
                        x: formatValue(start[0]!),
                        y: formatValue(start[1]!),
                      })}
                    </title>
                    <circle r={11} className="landscape__start-hit" />
                    <circle r={7} className="landscape__start-ring" />
                    <circle r={2.5} className="landscape__start-dot" />
                  </g>
                )}
              </g>
            </svg>
            <div className="landscape__plot landscape__overlay" style={plotBox}>
              {!predicting && <ProgressLayer geo={geo} />}
              {!predicting && lineSearch && (
                <Suspense fallback={null}>
                  <LineSearchMarks geo={geo} />
                </Suspense>
              )}
              {!predicting && arrowsOn && (
                <Suspense fallback={null}>
                  <Arrows geo={geo} />
                </Suspense>
              )}
              {modelTarget && (
                <Suspense fallback={null}>
                  <LocalModel geo={geo} probe={probe} target={modelTarget} />
                </Suspense>
              )}
            </div>
          </>
        )}
        <HoverReadout
          point={hover}
          probe={probe}
          curvature={modelTarget !== null}
          axes={axes}
          geo={geo}
        />
        {plane && (
          <Suspense fallback={null}>
            <SliceBadge plane={plane} />
          </Suspense>
        )}
        <BusySign />
        {predicting && <PredictOverlay />}
        <FirstVisitHint />
      </div>
      {landscapeView !== '2d' && <Landscape3dSlot alone={landscapeView === '3d'} />}
    </section>
  );
}
