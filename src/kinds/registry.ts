/**
 * The problem kinds, registered once (docs/extending.md, "Adding a problem kind"). Everything
 * the app knows about a kind is in its folder: its spec type, validation, link fields, build,
 * work cost (kind.ts) and its words and tabs (ui.ts, registered in ui-registry.ts). Pure: the
 * worker imports it. The spec union `ProblemSpec` is derived from this table, so it is stated
 * once; the rest of the app asks the kind's capabilities (`kindOf(spec).data`) rather than
 * testing type names.
 */
import { expressionKind } from './expression/kind';
import { functionKind } from './function/kind';
import { linearRegressionKind } from './linear-regression/kind';
import { logisticRegressionKind } from './logistic-regression/kind';
import { mlpKind } from './mlp/kind';
import { softmaxMlpKind } from './softmax-mlp/kind';
import { softmaxRegressionKind } from './softmax-regression/kind';
import type { AnyProblemKind, DataCapability, ProblemKind } from './types';

/** Every kind, in the order validation lists them. */
export const PROBLEM_KINDS = [
  functionKind,
  expressionKind,
  linearRegressionKind,
  logisticRegressionKind,
  mlpKind,
  softmaxRegressionKind,
  softmaxMlpKind,
] as const;

type Kinds = (typeof PROBLEM_KINDS)[number];
type SpecOf<K> = K extends ProblemKind<infer S, DataCapability> ? S : never;

/** What is minimised: one kind's spec (docs/scenario.md). */
export type ProblemSpec = SpecOf<Kinds>;
export type ProblemType = ProblemSpec['type'];
/** A problem fitted to (x, y) points. */
export type RegressionSpec = SpecOf<Extract<Kinds, { data: 'regression' }>>;
/** A classifier: a problem fitted to two-class 2D points. */
export type ClassifierSpec = SpecOf<Extract<Kinds, { data: 'classification' }>>;
/** A classifier on a table of features with a training / validation / test split (issue 22). */
export type TableSpec = SpecOf<Extract<Kinds, { data: 'table' }>>;
/** A problem fitted to data of any sort. */
export type DataProblemSpec = RegressionSpec | ClassifierSpec | TableSpec;

/** The kinds' types, in the registry's order. */
export const PROBLEM_TYPES = PROBLEM_KINDS.map((kind) => kind.type) as readonly ProblemType[];

const byType = new Map<string, AnyProblemKind>(PROBLEM_KINDS.map((kind) => [kind.type, kind]));

/** The kind of a spec (or of a type). */
export function kindOf<S extends ProblemSpec>(spec: S): ProblemKind<S> {
  return kindOfType(spec.type) as ProblemKind<S>;
}

/** The kind of a type; throws on a type no kind has (validation rules it out before). */
export function kindOfType(type: ProblemType): AnyProblemKind {
  const kind = byType.get(type);
  if (!kind) throw new Error(`problems of type "${type}" are not available`);
  return kind;
}

/** Whether a problem is fitted to data (it has a Data tab, CSV import, own points). */
export function hasData(spec: ProblemSpec): spec is DataProblemSpec {
  return kindOf(spec).data !== 'none';
}

/** Whether a problem is fitted to (x, y) points. */
export function isRegression(spec: ProblemSpec): spec is RegressionSpec {
  return kindOf(spec).data === 'regression';
}

/** Whether a problem is a classifier (accuracy, decision boundary, the model layout). */
export function isClassifier(spec: ProblemSpec): spec is ClassifierSpec {
  return kindOf(spec).data === 'classification';
}

/** Whether a problem is a classifier on a table (held-out parts, many features and classes). */
export function isTable(spec: ProblemSpec): spec is TableSpec {
  return kindOf(spec).data === 'table';
}

/** Whether a problem's gradients may be mini-batch ones. */
export function takesBatches(spec: ProblemSpec): spec is DataProblemSpec {
  return kindOf(spec).batches;
}

/** The kind a link's problem name `p=<name>(…)` stands for: a kind's type, else the functions. */
export function kindOfLinkName(name: unknown): AnyProblemKind {
  const named = PROBLEM_KINDS.find((kind) => !kind.link.anyName && kind.type === name);
  return named ?? PROBLEM_KINDS.find((kind) => kind.link.anyName === true)!;
}
