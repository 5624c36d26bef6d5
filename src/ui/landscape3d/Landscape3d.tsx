/**
 * The landscape in 3D (issue 19; docs/3d.md): the same f over the same window as the 2D view,
 * as a shaded mesh in the contours' colours with their lines on it, the minima, each run's path
 * laid on the surface with its marker at the cursor step, and the start. Turned, panned and
 * zoomed with mouse, touch and keys; the camera is in the link. A chunk of its own with ogl
 * (src/ui/landscape3d/Landscape3dSlot.tsx loads it), so the first view's JavaScript is unchanged.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cameraEye, screenRay } from '../../plot/camera3d';
import { pickSurface } from '../../plot/pick-surface';
import { boxOf, type Box } from '../../plot/surface-mesh';
import { DEFAULT_CAMERA, formatCamera, type Camera3d } from '../../state/landscape-3d';
import { landscapeInfo, problemDimension, problemInfo } from '../../state/selectors';
import { landscapeKey, problemTag, runViews } from '../../state/run-views';
import { useAppShallow } from '../../state/store';
import { viewTag } from '../../plot/viewport';
import { useT } from '../../i18n';
import '../../i18n/en-landscape3d'; // its words load with this chunk (docs/i18n.md)
import { problemText } from '../../i18n/problem-text';
import { axisNames } from '../../i18n/text';
import { download } from '../../export/raster';
import { exportFileName, problemSlug } from '../../export/names';
import { useSize } from '../charts/use-size';
import { formatValue } from '../landscape/format';
import { BusySign } from '../landscape/BusySign';
import { PredictOverlay } from '../present/PredictOverlay';
import { SliceBadge } from '../landscape/SliceBadge';
import { axisLabelPlaces, type AxisLabel } from './axis-labels';
import { themeColours } from './colour';
import { Progress3d } from './Progress3d';
import { AveragedKey3d } from './AveragedKey3d';
import { averagedKeyFor } from '../landscape/averaged-key';
import { Readout3d } from './Readout3d';
import { Scene3d } from './scene';
import { useCameraGestures } from './use-camera-gestures';
import { useSceneRuns } from './use-scene-runs';
import { useSurfaceMesh } from './use-surface-mesh';
import './Landscape3d.css';

/** Lines and markers this much larger in presentation mode, as the type is. */
const PRESENT_SCALE = 1.4;

export function Landscape3d({ alone }: { alone: boolean }) {
  const t = useT();
  const s = useAppShallow((state) => ({
    problem: state.scenario.problem,
    window: state.window,
    // Side by side the 3D view shows the 2D plot's region (its window grown to the plot's
    // aspect); alone, the window itself.
    shownWindow: alone ? null : state.shownWindow,
    plane: runViews(state).plane,
    predicting: state.predicting,
    presenting: state.presenting,
    camera3d: state.camera3d,
    height3d: state.height3d,
    setCamera3d: state.setCamera3d,
    setHeight3d: state.setHeight3d,
    setLandscapeView: state.setLandscapeView,
  }));
  const info = landscapeInfo(s.problem, s.plane);
  const sliced = problemDimension(s.problem) > 2;
  const key = landscapeKey(s.problem);
  // The same problem's spec under σ or a batch size is the same f: no new mesh.
  const problem = useMemo(() => s.problem, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const requested = s.shownWindow ?? s.window ?? info.view;
  const viewKey = `${requested.x.join()},${requested.y.join()}`;
  const view = useMemo(() => requested, [viewKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const { surface, failed } = useSurfaceMesh(problem, s.plane, view, info.fMin, s.height3d, sliced);
  const runs = useSceneRuns(surface, sliced);
  const box: Box = surface?.mesh.box ?? boxOf(view);
  const axes = axisNames(info.axes, s.plane?.method ?? null);
  const problemTitle = problemText(problemInfo(s.problem)).title;
  // A model's landscape says it is a slice, as the 2D view's does.
  const title = sliced ? t('landscape.sliceTitle', { title: problemTitle }) : problemTitle;

  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = useRef<HTMLDivElement>(null);
  const size = useSize(holder);
  const [scene, setScene] = useState<Scene3d | null>(null);
  const [noWebgl, setNoWebgl] = useState(false);
  const [hover, setHover] = useState<[number, number] | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let made: Scene3d;
    try {
      made = new Scene3d(element);
    } catch {
      // WebGL is an outside system: whether it exists is known only by asking for a context.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNoWebgl(true);
      return;
    }
    made.onFrame = () => {
      element.setAttribute('data-frames', String(made.frames));
      // Coarse while the camera moves, full once it rests (scene.ts): tests and the bench read it.
      element.setAttribute('data-resolution', made.coarse ? 'coarse' : 'full');
    };
    const lost = (event: Event) => {
      event.preventDefault();
      setNoWebgl(true);
    };
    element.addEventListener('webglcontextlost', lost);
    setScene(made);
    return () => {
      element.removeEventListener('webglcontextlost', lost);
      made.dispose();
      setScene(null);
    };
  }, []);

  useEffect(() => {
    if (scene && size.width > 0)
      scene.setSize(size.width, size.height, window.devicePixelRatio || 1);
  }, [scene, size]);

  useEffect(() => {
    scene?.setSurface(surface?.mesh ?? null, surface?.moving ?? null, surface?.colours ?? []);
  }, [scene, surface]);

  const averagedWords = averagedKeyFor(runs);

  useEffect(() => {
    // A run's averaged point drawn over its own path, dashed (use-scene-runs.ts).
    scene?.setPaths(
      s.predicting ? [] : runs.flatMap((run) => (run.averaged ? [run, run.averaged] : [run])),
    );
  }, [scene, runs, s.predicting]);

  useEffect(() => {
    scene?.setScale(s.presenting ? PRESENT_SCALE : 1);
  }, [scene, s.presenting]);

  // The theme's colours, again whenever the theme changes (an attribute of <html>).
  useEffect(() => {
    const element = holder.current;
    if (!scene || !element) return;
    const apply = () => {
      const { background, floor, frame } = themeColours(element);
      scene.setBackground(background, floor, frame);
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.documentElement, { attributes: true });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', apply);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.('change', apply);
    };
  }, [scene]);

  const stored = s.camera3d ?? DEFAULT_CAMERA;
  const place = useCallback(
    (camera: Camera3d, moving = false) => {
      const eye = cameraEye(camera, box, size.width / Math.max(1, size.height));
      scene?.setEye(eye, moving);
      canvas.current?.setAttribute('data-camera', formatCamera(camera));
      const element = labels.current;
      if (!element || size.width === 0) return;
      for (const label of axisLabelPlaces(eye, box, size.width, size.height))
        placeLabel(element, label);
    },
    [scene, box, size],
  );
  const live = useRef(stored);
  const onLive = useCallback(
    (camera: Camera3d) => {
      live.current = camera;
      // A gesture or a key is turning it: coarse frames until it rests (scene.ts).
      place(camera, true);
    },
    [place],
  );
  useEffect(() => place(live.current), [place]);

  const onHover = useCallback(
    (event: { clientX: number; clientY: number } | null) => {
      const element = canvas.current;
      if (!event || !element || !surface) {
        setHover(null);
        return;
      }
      const rect = element.getBoundingClientRect();
      const ndcX = ((event.clientX - rect.left) / rect.width) * 2 - 1;
      const ndcY = 1 - ((event.clientY - rect.top) / rect.height) * 2;
      const aspect = rect.width / rect.height;
      const eye = cameraEye(live.current, surface.mesh.box, aspect);
      const { origin, direction } = screenRay(eye, aspect, ndcX, ndcY);
      setHover(pickSurface(surface.mesh, origin, direction)?.point ?? null);
    },
    [surface],
  );
  const aspect = size.width / Math.max(1, size.height);
  const frame = useMemo(() => ({ ...box, aspect }), [box, aspect]);
  const gestures = useCameraGestures(holder, stored, frame, onLive, s.setCamera3d, onHover);

  const savePng = () => {
    const element = canvas.current;
    if (!scene || !element) return;
    scene.draw();
    element.toBlob((blob) => {
      if (blob)
        download(blob, exportFileName(problemSlug(s.problem), 'landscape-3d', 'png'), 'image/png');
    }, 'image/png');
  };

  const range = { x0: view.x[0], x1: view.x[1], y0: view.y[0], y1: view.y[1] };
  return (
    <div className="landscape3d">
      <div className="landscape3d__tools" role="group" aria-label={t('landscape3d.view3dTitle')}>
        <label className="landscape3d__height" title={t('landscape3d.heightTitle')}>
          {t('landscape3d.height')}{' '}
          <select
            className="compact-select"
            value={s.height3d}
            onChange={(event) =>
              s.setHeight3d(event.target.value === 'linear' ? 'linear' : 'scale')
            }
          >
            <option value="scale">{t('landscape3d.heightScale')}</option>
            <option value="linear">{t('landscape3d.heightLinear')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button"
          onClick={() => s.setCamera3d(null)}
          disabled={s.camera3d === null}
        >
          {t('landscape3d.resetCamera')}
        </button>
        {!s.presenting && (
          <button
            type="button"
            className="button"
            title={t('landscape3d.savePngTitle')}
            onClick={savePng}
            disabled={!surface || noWebgl}
          >
            {t('landscape3d.savePng')}
          </button>
        )}
      </div>
      <div
        ref={holder}
        className="landscape3d__view"
        role="application"
        aria-label={t('landscape3d.label', { title })}
        tabIndex={0}
        onPointerDown={gestures.onPointerDown}
        onPointerMove={gestures.onPointerMove}
        onPointerUp={gestures.onPointerUp}
        onPointerCancel={gestures.onPointerUp}
        onPointerLeave={() => setHover(null)}
        onKeyDown={gestures.onKeyDown}
        onContextMenu={gestures.onContextMenu}
      >
        <canvas
          ref={canvas}
          className="landscape3d__canvas"
          data-testid="landscape-3d"
          data-problem={problemTag(s.problem)}
          data-surface={surface ? 'ready' : 'none'}
          data-mesh-side={surface?.mesh.n}
          data-view={surface ? viewTag(box.view) : undefined}
          data-paths={s.predicting ? 0 : runs.length}
          data-averaged-paths={s.predicting ? 0 : runs.filter((run) => run.averaged).length}
          aria-hidden="true"
        />
        {scene && !noWebgl && (
          <Progress3d
            scene={scene}
            runs={runs}
            surface={surface}
            minima={sliced ? [] : info.minima}
            sliced={sliced}
          />
        )}
        {!noWebgl && !s.predicting && averagedWords && <AveragedKey3d words={averagedWords} />}
        <div ref={labels} className="landscape3d__labels" aria-hidden="true" hidden={noWebgl}>
          <span data-label="x" className="landscape3d__axis">
            {axes[0]}
          </span>
          <span data-label="y" className="landscape3d__axis">
            {axes[1]}
          </span>
          {(['x0', 'x1', 'y0', 'y1'] as const).map((id) => (
            <span key={id} data-label={id}>
              {formatValue(range[id])}
            </span>
          ))}
        </div>
        <Readout3d point={hover} axes={axes} problem={s.problem} plane={s.plane} />
        {!surface && !noWebgl && (
          <p className="landscape3d__message" role="status">
            {failed ?? t('landscape3d.drawing')}
          </p>
        )}
        {noWebgl && (
          <div
            className="landscape3d__message landscape3d__message--error"
            role="alert"
            data-testid="no-webgl"
          >
            <p>{t('landscape3d.noWebgl')}</p>
            {alone && (
              <button type="button" className="button" onClick={() => s.setLandscapeView('2d')}>
                {t('landscape3d.show2d')}
              </button>
            )}
          </div>
        )}
        {alone && <BusySign />}
        {alone && s.predicting && <PredictOverlay />}
      </div>
      {/* Under the view, not over it: the camera may put the surface anywhere in the view. */}
      {alone && s.plane && <SliceBadge plane={s.plane} />}
    </div>
  );
}

/** Moves one axis label to its place (hidden when behind the eye). */
function placeLabel(container: HTMLElement, label: AxisLabel): void {
  const element = container.querySelector<HTMLElement>(`[data-label="${label.id}"]`);
  if (!element) return;
  element.hidden = label.at === null;
  if (label.at)
    element.style.transform = `translate(${label.at[0]}px, ${label.at[1]}px) translate(-50%, -50%)`;
}
