/**
 * What a problem kind declares (docs/extending.md, "Adding a problem kind"). A leaf of types:
 * the kinds import it, and it imports nothing that imports the registry, so that no import cycle
 * (type-only ones included) runs through the kinds.
 */
import type { Problem, ProblemInfo } from '../core/problems/types';
import type { Issues, PlainObject } from '../scenario/checks';
import type { ClassificationGenerator } from '../scenario/data-types';

/** What a problem is fitted to: nothing (a surface), (x, y) points, or two-class 2D points. */
export type DataCapability = 'none' | 'regression' | 'classification';

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
  /** The info of a spec when known without building it (the built-in functions), else null. */
  knownInfo?(spec: S): ProblemInfo | null;
  /** What a step costs, for the work budget. */
  work(spec: S): StepWork;
  readonly link: LinkCodec<S>;
}

/** Any kind (the registry's entries seen together). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProblemKind = ProblemKind<any, DataCapability>;
