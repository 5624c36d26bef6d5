/**
 * The one table of a link's parameters. Each row says what its key holds and how it is written
 * from the state and read back; encode and decode (codec.ts) only walk this table. A row writes
 * nothing when its value is the default, so links stay short; the defaults together are the
 * first view, so `/` is the first view.
 *
 * Reading is lenient: a row reads its raw text into a draft and returns a message when it cannot;
 * the scenario as a whole is checked afterwards by validation (repair.ts).
 */
import { RUN_COLORS } from '../plot/palette';
import type { OptimizerSpec, ProblemSpec } from '../scenario/types';
import { OPTIMIZER_DEFAULTS } from '../core/optimizers/hyperparams';
import { OPTIMIZER_TYPES } from '../scenario/types';
import { FIRST_VIEW } from '../state/defaults';
import { describeProblem } from '../core/problems';
import { kindOf, kindOfLinkName } from '../kinds/registry';
import { formatValue, isSyntaxIssue, parseValue, type Node } from './syntax';
import { OPTIMIZER_FIELD_ORDER, readNumber, readObject, writeNumber, writeObject } from './values';
import { readDataParam, writeDataParam } from './data-param';
import { clip } from '../scenario/text';
import { decodeURIComponentSafe, readNumbers } from './param-text';
import { viewParams } from './view-fields';
import type { Draft, LinkParam } from './link-state';

/** The link's version: a link without `v` is read as version 1. */
export const LINK_VERSION = 1;

// The view's fields are declared once, in view-fields.ts; these names stay for their importers.
export { DEFAULT_VIEW, type LinkView } from './view-fields';
export type { ChartMode as LinkChart } from '../state/chart-modes';

// A link's state and a row's contract are declared once, in the leaf link-state.ts.
export type { LinkState, Draft, LinkParam } from './link-state';

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

// ── problem ──────────────────────────────────────────────────────────────────────────────────

/**
 * A problem as `name(fields)`: its kind says its name and fields (src/kinds/<kind>/kind.ts,
 * `link`); a problem without fields is its name alone.
 */
function writeProblem(problem: ProblemSpec): Node {
  const codec = kindOf(problem).link;
  const { name, fields } = codec.write(problem);
  // The user's own points travel in `d`, apart (data-param.ts).
  if (fields.data && typeof fields.data === 'object' && 'points' in fields.data) {
    const { points: _points, ...recipe } = fields.data as Record<string, unknown>;
    fields.data = Object.keys(recipe).length ? recipe : undefined;
  }
  const node = writeObject(fields, name, codec.fieldOrder);
  return node.pairs.length ? node : name;
}

/** A kind's type names it (`p=mlp(…)`); any other name is a built-in function's. */
function readProblem(node: Node): Record<string, unknown> {
  const object = readObject(node, 'name');
  const kind = kindOfLinkName(object.name);
  if (!kind.link.anyName) delete object.name;
  return { type: kind.type, ...kind.link.read(object, readNumber) };
}

/** Whether a problem is the first view's (which the link leaves out). */
function isFirstProblem(problem: ProblemSpec): boolean {
  return formatValue(writeProblem(problem)) === formatValue(writeProblem(FIRST_VIEW.problem));
}

// ── optimizers ───────────────────────────────────────────────────────────────────────────────

function writeOptimizer(spec: OptimizerSpec, index: number): Node {
  const { type, ...fields } = spec;
  // A run in the palette's colour for its place needs no colour in the link.
  const skip = fields.color === RUN_COLORS[index % RUN_COLORS.length] ? ['color'] : [];
  return writeObject(fields, type, OPTIMIZER_FIELD_ORDER, skip);
}

function readOptimizer(node: Node, index: number): Record<string, unknown> {
  const spec = readObject(node);
  if (typeof spec.schedule === 'string') spec.schedule = { type: spec.schedule };
  // `o=adam` is a fine thing to type: α is PyTorch's default then.
  const type = spec.type as (typeof OPTIMIZER_TYPES)[number];
  if (spec.lr === undefined && OPTIMIZER_TYPES.includes(type))
    spec.lr = OPTIMIZER_DEFAULTS[type].lr;
  if (spec.color === undefined) spec.color = RUN_COLORS[index % RUN_COLORS.length];
  return spec;
}

// ── the table ────────────────────────────────────────────────────────────────────────────────

const single =
  (read: (raw: string, draft: Draft) => string | null) => (raws: readonly string[], draft: Draft) =>
    read(raws[0]!, draft);

export const LINK_PARAMS: readonly LinkParam[] = [
  {
    key: 'v',
    doc: 'link version (1)',
    write: () => [String(LINK_VERSION)],
    read: single((raw) =>
      raw === String(LINK_VERSION)
        ? null
        : `version ${clip(decodeURIComponentSafe(raw), 24)} is unknown (this build reads version 1)`,
    ),
  },
  {
    key: 'p',
    doc: 'problem: a function name (rosenbrock), name(noise=σ), expression(expr=…), linear-regression(batchSize=…), logistic-regression(data=(generator=blobs)) or mlp(layers=16-16,activation=tanh,…)',
    write: ({ scenario }) =>
      isFirstProblem(scenario.problem) ? [] : [formatValue(writeProblem(scenario.problem))],
    read: single((raw, draft) => {
      const node = parseValue(raw);
      if (isSyntaxIssue(node)) return node.message;
      draft.scenario.problem = readProblem(node);
      return null;
    }),
  },
  {
    key: 'd',
    doc: 'the user’s own data points "x_y~x_y~…" or "x1_x2_label~…", when small enough (data-param.ts)',
    write: ({ scenario }) => {
      const text = writeDataParam(scenario);
      return text === null ? [] : [text];
    },
    read: single((raw, draft) => {
      const points = readDataParam(decodeURIComponentSafe(raw));
      if (typeof points === 'string') return points;
      const problem = draft.scenario.problem as Record<string, unknown> | undefined;
      if (!problem || typeof problem !== 'object') return 'belongs to a problem on data (p=…)';
      const data = problem.data;
      problem.data = { ...(data && typeof data === 'object' ? data : {}), points };
      return null;
    }),
  },
  {
    key: 'x0',
    doc: 'start point "x,y" (default: the problem’s start)',
    write: ({ scenario }) =>
      sameNumbers(scenario.start, describeProblem(scenario.problem).info.start)
        ? []
        : [scenario.start.map(writeNumber).join(',')],
    read: single((raw, draft) => {
      const start = readNumbers(raw, 2);
      if (typeof start === 'string') return start;
      draft.scenario.start = start;
      return null;
    }),
  },
  {
    key: 'n',
    doc: `steps per run (default ${FIRST_VIEW.steps})`,
    write: ({ scenario }) => (scenario.steps === FIRST_VIEW.steps ? [] : [String(scenario.steps)]),
    read: single((raw, draft) => {
      const steps = readNumber(decodeURIComponentSafe(raw));
      if (typeof steps !== 'number') return 'must be a number of steps';
      draft.scenario.steps = steps; // range checked (and clamped) with the scenario
      return null;
    }),
  },
  {
    key: 'seed',
    doc: `seed of gradient noise and mini-batches (default ${FIRST_VIEW.seed})`,
    write: ({ scenario }) => (scenario.seed === FIRST_VIEW.seed ? [] : [String(scenario.seed)]),
    read: single((raw, draft) => {
      const seed = readNumber(decodeURIComponentSafe(raw));
      if (typeof seed !== 'number') return 'must be a whole number';
      draft.scenario.seed = seed;
      return null;
    }),
  },
  {
    key: 'o',
    doc: 'one run per o, in order: type(lr=…, other hyperparameters, schedule=type(…), label=…, color=…)',
    repeated: true,
    write: ({ scenario }) =>
      scenario.optimizers.map((spec, i) => formatValue(writeOptimizer(spec, i))),
    read: (raws, draft) => {
      const runs: Record<string, unknown>[] = [];
      const problems: string[] = [];
      raws.forEach((raw, i) => {
        const node = parseValue(raw);
        if (isSyntaxIssue(node)) {
          problems.push(`run ${i + 1}: ${node.message}`);
          return;
        }
        runs.push(readOptimizer(node, runs.length));
      });
      if (runs.length) draft.scenario.optimizers = runs;
      return problems.length ? problems.join('; ') : null;
    },
  },
  // The view: how it is looked at (view-fields.ts).
  ...viewParams(),
];
