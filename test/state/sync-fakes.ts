/**
 * What the tests of src/state/sync.ts share: Node has no animation frames (sync asks for them
 * only during playback and on stop), and an engine that answers nothing unless told.
 */
import type { Engine } from '../../src/engine/client';

Object.assign(globalThis, {
  requestAnimationFrame: globalThis.requestAnimationFrame ?? (() => 0),
  cancelAnimationFrame: globalThis.cancelAnimationFrame ?? (() => undefined),
});

/** An engine whose calls never settle, with any of them replaced by `calls`. */
export function silentEngine(calls: Partial<Record<keyof Engine, unknown>> = {}): Engine {
  return {
    surface: () => new Promise(() => undefined),
    runStream: () => new Promise(() => undefined),
    ...calls,
  } as unknown as Engine;
}
