/**
 * Where the models' numerics are found once loaded (issue 17: they load on demand, as a
 * language's strings do, docs/i18n.md "How languages load"). The model kinds' facts — type,
 * fields, validation, link codec — are in the first bundle (src/kinds/<kind>/kind.ts); what
 * builds and slices a model and reads its data is src/kinds/model-numerics.ts, an on-demand
 * chunk that fills this slot when it is evaluated. A kind asked to build before that throws
 * `KindNotLoaded`, which the page and the workers turn into "load, then try again"
 * (src/kinds/load.ts). A leaf: it imports types only, so that nothing heavy is pulled in.
 */
import type { Problem, ProblemInfo } from '../core/problems/types';
import type { computeSlice, projectTrajectory, sliceProblem } from '../core/slice';
import type { loadDataSet } from '../core/data/load';
import type { StepWork } from './types';
import type { Hessian2 } from '../core/curvature/formula-hessian';
import { nameAfter } from '../core/not-loaded';

/** What a model kind delegates to its numerics (the same members as `ProblemKind`'s). */
export interface KindNumerics {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  build(spec: any): Problem;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  knownInfo?(spec: any): ProblemInfo | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  work?(spec: any): StepWork;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  batchRows?(spec: any): number;
  /** The exact Hessian of a 2-parameter model (src/core/curvature/hessian2.ts). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  hessian2?(spec: any): Hessian2;
}

/** The on-demand part: every model kind's numerics, the 2D slice, the shipped sets' loader. */
export interface ModelNumerics {
  readonly kinds: Readonly<Record<string, KindNumerics>>;
  readonly slice: {
    readonly computeSlice: typeof computeSlice;
    readonly projectTrajectory: typeof projectTrajectory;
    readonly sliceProblem: typeof sliceProblem;
  };
  readonly loadDataSet: typeof loadDataSet;
}

/** The start of `KindNotLoaded`'s message, which survives a worker boundary as text. */
const NOT_LOADED = 'problem kind not loaded: ';

/** Thrown when a model kind is asked to build (or describe) before its numerics are loaded. */
export class KindNotLoaded extends Error {
  constructor(readonly type: string) {
    super(`${NOT_LOADED}${type}`);
    this.name = 'KindNotLoaded';
  }
}

/** The kind an error says is not loaded (also from a message that crossed a worker), else null. */
export function kindNotLoaded(error: unknown): string | null {
  return nameAfter(error, NOT_LOADED);
}

let loaded: ModelNumerics | null = null;

/** Fills the slot (model-numerics.ts does, when it is evaluated). */
export function provideModelNumerics(numerics: ModelNumerics): void {
  loaded = numerics;
}

/** Whether the models' numerics are loaded in this thread. */
export function modelNumericsLoaded(): boolean {
  return loaded !== null;
}

/** The loaded numerics; throws `KindNotLoaded` (naming `type`) before they are. */
export function modelNumerics(type: string): ModelNumerics {
  if (!loaded) throw new KindNotLoaded(type);
  return loaded;
}

/** One kind's numerics; throws `KindNotLoaded` before they are loaded. */
export function numericsOf(type: string): KindNumerics {
  const kind = modelNumerics(type).kinds[type];
  if (!kind) throw new Error(`no numerics for problems of type "${type}"`);
  return kind;
}

/** Empties the slot: for the loader's own tests only. */
export function forgetModelNumericsForTests(): void {
  loaded = null;
}
