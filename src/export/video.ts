/**
 * The landscape's animation as a WebM video for slides: the runs played from step 0 to the end
 * on a canvas composed each frame (the landscape picture with its title and legend, drawn once,
 * then each run's path up to the step and its marker) and recorded with captureStream and
 * MediaRecorder. Recording takes the video's own duration in real time; each frame draws only
 * the new segments, so the tab stays responsive.
 */
import type { Engine } from '../engine/client';
import type { AppState } from '../state/app-state';
import { TEXT } from './captions';
import {
  landscapeSvg,
  PLOT_ORIGIN,
  pointAt,
  surfacePicture,
  type DrawnRun,
} from './landscape-export';
import { loadSvgImage } from './raster';
import { LEGEND } from './legend';
import {
  evenSize,
  HOLD_END_SECONDS,
  motionSeconds,
  pickWebmType,
  stepAt,
  VIDEO_FPS,
  videoScale,
  type VideoLength,
} from './video-plan';
import type { Geometry } from '../ui/landscape/geometry';

/** The WebM type this browser records, or null when it cannot record video at all. */
export function supportedVideoType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  return pickWebmType((type) => MediaRecorder.isTypeSupported(type));
}

export interface VideoOptions {
  root: HTMLElement;
  state: AppState;
  engine: Engine;
  length: VideoLength;
  /** 0 … 1 through the recording. */
  onProgress(fraction: number): void;
  signal: AbortSignal;
}

/** How long to wait for the encoder's last data before stopping. */
const FLUSH_MS = 2000;

const LINE_WIDTH = 2.5;
const SELECTED_LINE_WIDTH = 3.25;

/** Strokes each run from `from` to `to` on the progress layer (scaled to the video). */
function strokeSegments(
  ctx: CanvasRenderingContext2D,
  runs: readonly DrawnRun[],
  geo: Geometry,
  from: number,
  to: number,
): void {
  for (const run of runs) {
    const last = Math.min(to, run.result.loss.length - 1);
    const first = Math.min(from, last);
    if (last <= first) continue;
    ctx.beginPath();
    const [x0, y0] = pointAt(run, geo, first);
    ctx.moveTo(x0, y0);
    for (let k = first + 1; k <= last; k++) {
      const [x, y] = pointAt(run, geo, k);
      if (Number.isFinite(x) && Number.isFinite(y)) ctx.lineTo(x, y);
    }
    ctx.strokeStyle = run.color;
    ctx.lineWidth = run.selected ? SELECTED_LINE_WIDTH : LINE_WIDTH;
    ctx.stroke();
  }
}

function drawMarkers(
  ctx: CanvasRenderingContext2D,
  runs: readonly DrawnRun[],
  geo: Geometry,
  step: number,
): void {
  for (const run of runs) {
    const [x, y] = pointAt(run, geo, step);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    ctx.beginPath();
    ctx.arc(x, y, run.selected ? 7 : 6, 0, 2 * Math.PI);
    ctx.fillStyle = run.color;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
  }
}

/** Records the animation; resolves with the video, or null when cancelled. */
export async function recordVideo(options: VideoOptions): Promise<Blob | null> {
  const { root, state, engine, signal } = options;
  const type = supportedVideoType();
  if (!type) throw new Error('this browser cannot record WebM video');

  const first = landscapeSvg(root, state, null, { progress: false });
  const scale = videoScale(first.width);
  const surface = await surfacePicture(engine, state, first.scene.geo, scale);
  if (signal.aborted) return null;
  const picture = landscapeSvg(root, state, surface, { progress: false });
  const { geo, runs } = picture.scene;
  const steps = state.scenario.steps;
  const image = await loadSvgImage(picture.svg);
  if (signal.aborted) return null;

  const canvas = document.createElement('canvas');
  canvas.width = evenSize(picture.width * scale);
  canvas.height = evenSize(picture.height * scale);
  const ctx = canvas.getContext('2d');
  const layer = document.createElement('canvas');
  layer.width = canvas.width;
  layer.height = canvas.height;
  const paths = layer.getContext('2d');
  if (!ctx || !paths) throw new Error('no 2D canvas');
  const sx = canvas.width / picture.width;
  const sy = canvas.height / picture.height;
  // The plot's coordinates, clipped to the plot, on both layers.
  for (const c of [ctx, paths]) {
    c.lineCap = 'round';
    c.lineJoin = 'round';
  }
  paths.setTransform(sx, 0, 0, sy, PLOT_ORIGIN.x * sx, PLOT_ORIGIN.y * sy);
  paths.beginPath();
  paths.rect(0, 0, geo.plotWidth, geo.plotHeight);
  paths.clip();

  const motion = motionSeconds(steps, state.speed, options.length);
  const total = motion + HOLD_END_SECONDS;
  // Frames are pushed by hand (captureStream(0) + requestFrame): one per tick, whatever the
  // compositor does with a canvas that is not on screen.
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 6_000_000 });
  const chunks: Blob[] = [];
  let onData: (() => void) | null = null;
  recorder.ondataavailable = (event) => {
    if (event.data.size === 0) return;
    chunks.push(event.data);
    onData?.();
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));

  const themed = getComputedStyle(root);
  const counterFont = `600 15px ${themed.fontFamily}`;
  const counterColor = themed.getPropertyValue('--text').trim() || '#17212b';
  let drawnStep = 0;
  const compose = (step: number) => {
    if (step > drawnStep) strokeSegments(paths, runs, geo, drawnStep, step);
    drawnStep = Math.max(drawnStep, step);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    ctx.drawImage(layer, 0, 0);
    ctx.setTransform(sx, 0, 0, sy, PLOT_ORIGIN.x * sx, PLOT_ORIGIN.y * sy);
    ctx.save();
    ctx.beginPath();
    ctx.rect(-8, -8, geo.plotWidth + 16, geo.plotHeight + 16);
    ctx.clip();
    drawMarkers(ctx, runs, geo, step);
    ctx.restore();
    // The step counter, top right in the title band, where the subtitle leaves room.
    ctx.setTransform(sx, 0, 0, sy, 0, 0);
    ctx.font = counterFont;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = counterColor;
    ctx.fillText(TEXT.stepCounter(step, steps), picture.width - LEGEND.padding, 22);
  };

  compose(0);
  recorder.start(1000);
  track?.requestFrame();
  const started = performance.now();
  // A timer, not requestAnimationFrame: it keeps going (slower) if the tab goes to the back.
  await new Promise<void>((resolve) => {
    const tick = () => {
      if (signal.aborted) return resolve();
      const elapsed = (performance.now() - started) / 1000;
      compose(stepAt(elapsed, steps, motion));
      track?.requestFrame();
      options.onProgress(Math.min(1, elapsed / total));
      if (elapsed >= total) return resolve();
      setTimeout(tick, 1000 / VIDEO_FPS);
    };
    setTimeout(tick, 1000 / VIDEO_FPS);
  });
  // The encoder runs behind the frames (far behind on a busy machine): wait for it to hand over
  // data after the last frame, then stop, which flushes the rest.
  if (!signal.aborted && recorder.state === 'recording') {
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(resolve, FLUSH_MS);
      onData = () => {
        clearTimeout(timeout);
        resolve();
      };
      recorder.requestData();
    });
  }
  recorder.stop();
  await stopped;
  for (const track of stream.getTracks()) track.stop();
  if (signal.aborted) return null;
  return new Blob(chunks, { type: 'video/webm' });
}
