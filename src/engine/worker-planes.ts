/**
 * What a worker keeps between calls so that a repaint or a hover sends an id, not thousands of
 * numbers (docs/app.md, "Work only where something changed"):
 *
 * - **planes** by id: a model's plane (c, d₁, d₂, each as long as θ) crosses once per worker;
 *   later surface and probe requests name it by id. A worker that does not know the id (a fresh
 *   one after a restart, or one that dropped it from its LRU) throws `PLANE_UNKNOWN`, and the
 *   main thread sends the request again with the plane (src/engine/client.ts);
 * - **built problems** by the spec's content: building a model's problem generates or parses its
 *   dataset, which every surface, probe and decision request would otherwise do again. Only
 *   read-only evaluations (f, ∇f, p(label)) use these; runs build their own.
 */
import { buildProblem, type Problem } from '../core/problems';
import { modelNumerics } from '../kinds/numerics-slot';
import type { ProblemSpec } from '../scenario/types';
import type { PlaneSpec } from './plane';

/** How a request names a plane: its id, with the plane itself when the worker may not have it. */
export interface PlaneRef {
  id: number;
  plane?: PlaneSpec;
}

/** The message of the error a worker throws for a plane id it does not know. */
export const PLANE_UNKNOWN = 'plane unknown';

export function isPlaneUnknown(error: unknown): boolean {
  return error instanceof Error
    ? error.message.includes(PLANE_UNKNOWN)
    : String(error).includes(PLANE_UNKNOWN);
}

/** A map that keeps its `size` most recently used entries. */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly size: number) {}
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

/** A worker's planes and built problems (one per worker; tests make their own). */
export class WorkerCache {
  private readonly planes = new Lru<number, PlaneSpec>(4);
  private readonly problems = new Lru<string, Problem>(4);
  private readonly slices = new Lru<string, Problem>(4);
  /** How many problems were built (tests count them). */
  built = 0;

  /** The built problem of `spec`, from the cache when the same spec was built before. */
  problem(spec: ProblemSpec): Problem {
    const key = JSON.stringify(spec);
    let problem = this.problems.get(key);
    if (!problem) {
      problem = buildProblem(spec);
      this.built++;
      this.problems.set(key, problem);
    }
    return problem;
  }

  /** The 2-parameter problem of the slice `ref` of `spec`; throws `PLANE_UNKNOWN` for an unknown id. */
  sliceOf(spec: ProblemSpec, ref: PlaneRef): Problem {
    if (ref.plane) this.planes.set(ref.id, ref.plane);
    const plane = this.planes.get(ref.id);
    if (!plane) throw new Error(`${PLANE_UNKNOWN}: ${ref.id}`);
    const key = `${ref.id} ${JSON.stringify(spec)}`;
    let slice = this.slices.get(key);
    if (!slice) {
      const { sliceProblem } = modelNumerics(spec.type).slice;
      slice = sliceProblem(this.problem(spec), plane.center, plane.d1, plane.d2, {
        method: plane.method,
        view: plane.view,
      });
      this.slices.set(key, slice);
    }
    return slice;
  }
}
