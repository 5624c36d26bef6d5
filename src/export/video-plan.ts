/**
 * The timing of a recorded video, without DOM: how long the runs move, which step each moment
 * shows, and which WebM codec the browser can write.
 */

/** Frames per second of the captured stream. */
export const VIDEO_FPS = 30;
/** The last frame is held this long, so a slide does not end on a moving picture. */
export const HOLD_END_SECONDS = 1;
/** Playback at the app's speed is kept within these bounds. */
export const MIN_SECONDS = 2;
export const MAX_SECONDS = 60;

/** How long the video plays the runs: at the app's playback speed, or a fixed number of seconds. */
export type VideoLength = 'speed' | 5 | 10;

/** Seconds of motion for `steps` steps: steps / speed at the app's speed (clamped), else fixed. */
export function motionSeconds(steps: number, speed: number, length: VideoLength): number {
  if (length !== 'speed') return length;
  const seconds = speed > 0 ? steps / speed : MAX_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds));
}

/** The step shown `elapsed` seconds into the video: 0 at the start, `steps` from `motion` on. */
export function stepAt(elapsed: number, steps: number, motion: number): number {
  if (!(elapsed > 0)) return 0;
  if (!(motion > 0)) return steps;
  return Math.min(steps, Math.floor((steps * elapsed) / motion));
}

/** WebM types in order of preference: VP9 is smaller for the same picture, VP8 plays everywhere. */
export const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const;

/** The first WebM type the recorder supports, or null when it supports none. */
export function pickWebmType(isTypeSupported: (type: string) => boolean): string | null {
  return WEBM_TYPES.find((type) => isTypeSupported(type)) ?? null;
}

/**
 * The video's pixel scale: the picture's own size, scaled down to at most `maxWidth` pixels
 * wide. The browser encodes VP8/VP9 in software in real time; larger frames (1280 px and up)
 * came out empty in Chromium on a busy machine, while 1000 px recorded reliably.
 */
export function videoScale(width: number, maxWidth = MAX_VIDEO_WIDTH): number {
  if (!(width > 0)) return 1;
  return Math.min(1, maxWidth / width);
}

/** The widest video recorded, in pixels. */
export const MAX_VIDEO_WIDTH = 1000;

/** Even pixel sizes: VP8/VP9 encoders prefer them (odd sizes are padded or rejected). */
export function evenSize(value: number): number {
  return Math.max(2, 2 * Math.round(value / 2));
}
