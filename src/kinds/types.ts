/**
 * What a problem kind declares (docs/extending.md, "Adding a problem kind"). A leaf of types:
 * the kinds import it, and it imports nothing that imports the registry, so that no import cycle
 * (type-only ones included) runs through the kinds.
 */
import type { Problem, ProblemInfo } from '../core/problems/types';
import type { Issues, PlainObject } from '../scenario/checks';
import type { ClassificationGenerator } from '../scenario/data-types';
import type { DataSetName } from '../scenario/table-types';

/**
 * What a problem is fitted to: nothing (a surface), (x, y) points, two-class 2D points, or a
 * table of features with class labels and a training / validation / test split (issue 22).
 */
export type DataCapability = 'none' | 'regression' | 'classification' | 'table';

/** The fields every spec has: its kind and the gradient noise σ. */
export interface BaseSpec {
  readonly type: string;
  noise?: number;
}

/** The fields of a spec on data (`data !== 'none'`). */
export interface DataFields {
  data?: { n?: number; points?: readonly (readonly number[])[] };
  /** Mini-batch size; absent means full batch. */
  batchSize?: number;
}

/**
 * What one step of a run costs, for the work budget (src/core/budget.ts turns it into units):
 * a 2D surface as a multiple of a built-in function's step, or a model's parameters × points.
 */
export type StepWork =
  | { readonly surface: number }
  | {
      readonly params: number;
      readonly points: number;
      /** The mini-batch's size when it is smaller than the data, else 0. */
      readonly batch: number;
      /** Whether each step also measures a classifier's accuracy (a forward pass). */
      readonly accuracy: boolean;
      /** Points scored each step besides the loss's (a validation part: a forward pass each). */
      readonly heldOut?: number;
      /** A mini-batch step costs its batch alone: no full pass (`Problem.heldOut`). */
      readonly batchOnly?: boolean;
      /** Cost per parameter and point against the MLP's plain loops (1): blocked kernels less. */
      readonly scale?: number;
    };

/**
 * How a kind's spec is written in a link's `p` parameter (src/url/fields.ts): a call such as
 * `mlp(layers=16-16,noise=0.1)`, or a bare name without fields.
 */
export interface LinkCodec<S> {
  /**
   * Read any name that no other kind claims (the built-in functions: `p=rosenbrock`); the other
   * kinds are named by their type.
   */
  readonly anyName?: boolean;
  /** The order of the fields in the link; fields not listed follow. */
  readonly fieldOrder: readonly string[];
  /** The call's name and fields (undefined fields are left out; points travel in `d`). */
  write(spec: S): { name: string; fields: Record<string, unknown> };
  /**
   * The unchecked spec fields of a call's fields (the `name` among them for an `anyName` kind);
   * validation names whatever is wrong. `readNumber` is the link's reading of a number
   * (src/url/values.ts, passed in so that the kinds do not import the link's modules).
   */
  read(
    fields: Record<string, unknown>,
    readNumber: (text: string) => number | string,
  ): Record<string, unknown>;
}

/** A problem kind: its spec type `S`, its data capability `D`, and everything it knows. */
export interface ProblemKind<S extends BaseSpec, D extends DataCapability = DataCapability> {
  readonly type: S['type'];
  /** What its problems are fitted to (the Data tab, CSV import, the `d` link parameter). */
  readonly data: D;
  /** Whether a mini-batch size applies (the seed then matters even without noise). */
  readonly batches: boolean;
  /** Points of its generated dataset when the spec does not say (0 without data). */
  readonly defaultPoints: number;
  /** The generator its classification data fall back to. */
  readonly defaultGenerator?: ClassificationGenerator;
  /** The shipped data set its table falls back to (issue 22). */
  readonly defaultSet?: DataSetName;
  /**
   * The kind's own fields of an untrusted `problem` object (its `type` and `noise` already
   * checked by src/scenario/validate.ts, `noise` passed as read): the spec, or undefined with
   * the issues added.
   */
  validate(
    issues: Issues,
    value: PlainObject,
    path: string,
    noise: { noise?: number },
  ): S | undefined;
  /** The Problem of a valid spec (the math is in src/core/problems). */
  build(spec: S): Problem;
  /**
   * The info of a spec when known without building it (the built-in functions, the table
   * classifiers whose data load on demand), else null. θ has `info.start.length` parameters.
   */
  knownInfo?(spec: S): ProblemInfo | null;
  /** The divergence bounds of a problem whose info is known (`Problem.bounds`). */
  readonly knownBounds?: Problem['bounds'];
  /** What a step costs, for the work budget. */
  work(spec: S): StepWork;
  /**
   * The rows a mini-batch is drawn from, where the kind holds some of its data out (the table
   * classifiers' training part); absent, every point of the data.
   */
  batchRows?(spec: S): number;
  readonly link: LinkCodec<S>;
}

/** Any kind (the registry's entries seen together). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProblemKind = ProblemKind<any, DataCapability>;
