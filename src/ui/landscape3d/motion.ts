/**
 * Whether the 3D view's camera is moving (issue 19): `moved()` at each turn, pan or zoom of a
 * gesture or a key; at rest again SETTLE_MS after the last. While it moves the scene draws
 * coarser (MOVING_RESOLUTION of the device's pixels per CSS pixel, the surface over every other
 * node: scene.ts), so that orbiting stays fluid on a laptop without a GPU driver, where
 * SwiftShader's cost is per pixel and per vertex; the picture sharpens the moment the hand
 * stops, as map and 3D viewers do. docs/3d.md gives the frame rates measured with and without.
 */

/** The level of detail drawn: 0 at rest (the mesh), 1 while the camera moves (the coarser one). */
export type Level = 0 | 1;

/** The fraction of the device's pixels per CSS pixel drawn while the camera moves. */
export const MOVING_RESOLUTION = 0.5;
/** How long after the last move the camera counts as at rest. */
export const SETTLE_MS = 180;

export class CameraMotion {
  private moving = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `onChange` is told each start and each end of a movement. */
  constructor(private readonly onChange: (moving: boolean) => void) {}

  get isMoving(): boolean {
    return this.moving;
  }

  /** The camera moved now. */
  moved(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
    if (this.moving) return;
    this.moving = true;
    this.onChange(true);
  }

  /** At rest now (the timer ran out, or a picture is about to be read). */
  settle(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.moving) return;
    this.moving = false;
    this.onChange(false);
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
