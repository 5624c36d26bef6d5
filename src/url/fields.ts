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
import type { View } from '../core/problems';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../scenario/types';
import { OPTIMIZER_DEFAULTS } from '../core/optimizers/hyperparams';
import { OPTIMIZER_TYPES } from '../scenario/types';
import { FIRST_VIEW } from '../state/defaults';
import { defaultStart } from '../state/scenario-slice';
import { isLessonControl, type LessonControl } from '../state/lesson';
import { formatValue, isSyntaxIssue, parseValue, type Node } from './syntax';
import { OPTIMIZER_FIELD_ORDER, readNumber, readObject, writeNumber, writeObject } from './values';
import { readDataParam, writeDataParam } from './data-param';
import { MAX_WINDOW_COORDINATE, quantizeWindow } from './window';
import { clip, quote } from '../scenario/text';
import type { SliceMethod } from '../core/slice';
import { isLang, type Lang } from '../i18n/languages';
import { formatArrows, parseArrows, type ArrowSettings } from '../state/arrow-settings';
import type { ViewNote } from '../state/note';
import { readNoteParam, writeNoteParam } from './note-param';

/** The link's version: a link without `v` is read as version 1. */
export const LINK_VERSION = 1;

export type LinkChart = 'loss' | 'gradNorm' | 'accuracy' | 'data' | 'sweep' | 'maps' | 'table';

/** What a link holds beyond the scenario: how it is looked at. */
export interface LinkView {
  /** The landscape's window; null for the problem's default. */
  window: View | null;
  /** Index of the selected run (0-based here, 1-based in the link, as on screen). */
  selectedRun: number;
  /** The cursor step; null for the end of the runs. */
  cursor: number | null;
  chart: LinkChart;
  /** Embedded in another page: landscape and timeline only. */
  /** The chart panel enlarged, the landscape beside it (`big=1`); absent for not. */
  big?: boolean;
  embed: boolean;
  /** The controls a lesson link shows; null for all. */
  lesson: LessonControl[] | null;
  /** How a model's landscape plane is chosen (docs/slices.md). */
  slice: SliceMethod;
  /** Opens in presentation mode. */
  present: boolean;
  /** Opens with the runs hidden until revealed (predict-then-reveal). */
  predict: boolean;
  /** The language to show; absent when the link names none (the browser's is used). */
  lang?: Lang;
  /** The landscape's arrows at the cursor step (docs/arrows.md); absent: none. */
  arrows?: ArrowSettings;
  /** The note on the screen (docs/links.md, "The note"); absent or null for none. */
  note?: ViewNote | null;
}

export interface LinkState {
  scenario: Scenario;
  view: LinkView;
}

export const DEFAULT_VIEW: LinkView = {
  window: null,
  selectedRun: 0,
  cursor: null,
  chart: 'loss',
  embed: false,
  lesson: null,
  slice: 'pca',
  present: false,
  predict: false,
};

/** What a row reads into: the scenario as an unchecked object, and the view. */
export interface Draft {
  scenario: Record<string, unknown>;
  view: Partial<LinkView>;
}

export interface LinkParam {
  key: string;
  /** What the parameter holds, for the documentation and for notices. */
  doc: string;
  /** Appears once per item (the runs), in order. */
  repeated?: boolean;
  /** The parameter's values from the state; none when it is the default. */
  write(state: LinkState): string[];
  /** Reads the raw values into the draft; a message when they cannot be read. */
  read(raws: readonly string[], draft: Draft): string | null;
}

/** A list of numbers "a,b,…"; a message when it is not `count` numbers. */
function readNumbers(raw: string, count: number): number[] | string {
  const parts = raw.split(',').map((part) => readNumber(decodeURIComponentSafe(part)));
  if (parts.length !== count || parts.some((p) => typeof p !== 'number' || !Number.isFinite(p)))
    return `expected ${count} numbers separated by commas`;
  return parts as number[];
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The first few of a list, and how many more: a notice names a handful, not thousands. */
function listed(items: readonly string[], shown = 3): string {
  const more = items.length - shown;
  return more > 0 ? `${items.slice(0, shown).join(', ')} and ${more} more` : items.join(', ');
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

// ── problem ──────────────────────────────────────────────────────────────────────────────────

/** Problem types written by their own name; any other name is a built-in function. */
const PROBLEM_TYPES = ['linear-regression', 'expression', 'logistic-regression', 'mlp'] as const;
/** The order of a problem's fields in a link. */
const PROBLEM_FIELD_ORDER = [
  'expr',
  'layers',
  'activation',
  'batchSize',
  'data',
  'initSeed',
  'noise',
];

function writeProblem(problem: ProblemSpec): Node {
  if (problem.type === 'function') {
    return problem.noise === undefined
      ? problem.name
      : writeObject({ noise: problem.noise }, problem.name);
  }
  const { type, ...rest } = problem;
  const fields: Record<string, unknown> = { ...rest };
  // An MLP's hidden widths read as its architecture: layers=16-16. (A run's `hidden` is a
  // switch in the same syntax, so the problem's list travels under its own name.)
  if (Array.isArray(fields.hidden)) {
    fields.layers = fields.hidden.join('-');
    delete fields.hidden;
  }
  // The user's own points travel in `d`, apart (data-param.ts).
  if (fields.data && typeof fields.data === 'object' && 'points' in fields.data) {
    const { points: _points, ...recipe } = fields.data as Record<string, unknown>;
    fields.data = Object.keys(recipe).length ? recipe : undefined;
  }
  const node = writeObject(fields, type, PROBLEM_FIELD_ORDER);
  return node.pairs.length ? node : type;
}

function readProblem(node: Node): Record<string, unknown> {
  const object = readObject(node, 'name');
  const name = object.name;
  if ((PROBLEM_TYPES as readonly unknown[]).includes(name)) {
    delete object.name;
    if (object.layers !== undefined) {
      const layers = object.layers;
      const widths = typeof layers === 'string' ? layers.split('-').map(readNumber) : [];
      // A malformed list (or a call, `layers=(toString=1)`) stays as it is, for validation to name.
      object.hidden = widths.length && widths.every((w) => typeof w === 'number') ? widths : layers;
      delete object.layers;
    }
    return { type: name, ...object };
  }
  return { type: 'function', ...object };
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

// ── view ─────────────────────────────────────────────────────────────────────────────────────

/** The window on its grid of 1/10,000 of its size (window.ts): exact to the eye, short to read. */
function writeWindow(window: View): string {
  const { x, y } = quantizeWindow(window);
  return [x[0], x[1], y[0], y[1]].map(writeNumber).join(',');
}

/**
 * Four finite numbers in order within the coordinate limit; a window too small to draw is widened
 * with the scenario, whose problem sets the scale (codec.ts, window.ts).
 */
function readWindow(raw: string): View | string {
  const numbers = readNumbers(raw, 4);
  if (typeof numbers === 'string') return `${numbers} (x from, x to, y from, y to)`;
  const [x0, x1, y0, y1] = numbers as [number, number, number, number];
  if (!(x0 < x1 && y0 < y1)) return 'each range must run from low to high';
  if (numbers.some((n) => Math.abs(n) > MAX_WINDOW_COORDINATE))
    return `coordinates must lie within ±${MAX_WINDOW_COORDINATE}`;
  return { x: [x0, x1], y: [y0, y1] };
}

function readWhole(raw: string, what: string, min: number): number | string {
  const value = readNumber(decodeURIComponentSafe(raw));
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    return `${what} must be a whole number of at least ${min}`;
  return value;
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
      scenario.problem.type === 'function' &&
      scenario.problem.name === 'rosenbrock' &&
      scenario.problem.noise === undefined
        ? []
        : [formatValue(writeProblem(scenario.problem))],
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
      sameNumbers(scenario.start, defaultStart(scenario.problem))
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
  {
    key: 'win',
    doc: 'landscape window "x from,x to,y from,y to" (default: the problem’s view)',
    write: ({ view }) => (view.window ? [writeWindow(view.window)] : []),
    read: single((raw, draft) => {
      const window = readWindow(raw);
      if (typeof window === 'string') return window;
      draft.view.window = window;
      return null;
    }),
  },
  {
    key: 'sel',
    doc: 'selected run, counted from 1 as on screen (default 1)',
    write: ({ view }) => (view.selectedRun === 0 ? [] : [String(view.selectedRun + 1)]),
    read: single((raw, draft) => {
      const run = readWhole(raw, 'the run', 1);
      if (typeof run === 'string') return run;
      draft.view.selectedRun = run - 1;
      return null;
    }),
  },
  {
    key: 't',
    doc: 'cursor step (default: the end of the runs)',
    write: ({ view, scenario }) =>
      view.cursor === null || view.cursor >= scenario.steps ? [] : [String(view.cursor)],
    read: single((raw, draft) => {
      const step = readWhole(raw, 'the step', 0);
      if (typeof step === 'string') return step;
      draft.view.cursor = step;
      return null;
    }),
  },
  {
    key: 'present',
    doc: '1: opens in presentation mode (large type, secondary panels hidden)',
    write: ({ view }) => (view.present ? ['1'] : []),
    read: single((raw, draft) => {
      if (raw !== '1' && raw !== '0') return 'must be 1 or 0';
      draft.view.present = raw === '1';
      return null;
    }),
  },
  {
    key: 'arrows',
    doc: 'arrows at the cursor step: grad, step, state, and all for every run (default: none)',
    write: ({ view }) =>
      view.arrows && formatArrows(view.arrows) ? [formatArrows(view.arrows)] : [],
    read: single((raw, draft) => {
      const { settings, unknown } = parseArrows(raw);
      draft.view.arrows = settings;
      return unknown.length
        ? `${listed(unknown.map((name) => quote(name, 24)))}: must be grad, step, state or all`
        : null;
    }),
  },
  {
    key: 'predict',
    doc: '1: the runs stay hidden until revealed (predict-then-reveal)',
    write: ({ view }) => (view.predict ? ['1'] : []),
    read: single((raw, draft) => {
      if (raw !== '1' && raw !== '0') return 'must be 1 or 0';
      draft.view.predict = raw === '1';
      return null;
    }),
  },
  {
    key: 'slice',
    doc: 'a model’s landscape plane: pca (the paths’ principal directions) or random (default pca)',
    write: ({ view }) => (view.slice === 'pca' ? [] : [view.slice]),
    read: single((raw, draft) => {
      if (raw !== 'pca' && raw !== 'random') return 'must be pca or random';
      draft.view.slice = raw;
      return null;
    }),
  },
  {
    key: 'chart',
    doc: 'chart panel tab: loss, grad (‖∇f‖), accuracy, data, table, sweep or maps (default loss)',
    write: ({ view }) =>
      view.chart === 'loss' ? [] : [view.chart === 'gradNorm' ? 'grad' : view.chart],
    read: single((raw, draft) => {
      const tabs = ['loss', 'grad', 'accuracy', 'data', 'table', 'sweep', 'maps'];
      if (!tabs.includes(raw)) return `must be one of ${tabs.join(', ')}`;
      draft.view.chart = raw === 'grad' ? 'gradNorm' : (raw as LinkChart);
      return null;
    }),
  },
  {
    key: 'show',
    doc: 'a lesson: only these controls are shown, e.g. lr,play (default: all)',
    write: ({ view }) => (view.lesson ? [view.lesson.join(',')] : []),
    read: single((raw, draft) => {
      const names = decodeURIComponentSafe(raw).split(',').filter(Boolean);
      const known = names.filter(isLessonControl);
      // A lesson naming no control Descent knows shows every control, not none.
      if (known.length) draft.view.lesson = [...new Set(known)];
      const unknown = names.filter((name) => !isLessonControl(name));
      return unknown.length
        ? `${listed(unknown.map((name) => quote(name, 24)))} ${unknown.length === 1 ? 'is not a control' : 'are not controls'}`
        : null;
    }),
  },
  {
  {
    key: 'big',
    doc: '1: the chart panel enlarged in the main area, the landscape at the side (default 0)',
    write: ({ view }) => (view.big ? ['1'] : []),
    read: single((raw, draft) => {
      if (raw !== '1' && raw !== '0') return 'must be 1 or 0';
      draft.view.big = raw === '1';
      return null;
    }),
  },
    key: 'embed',
    doc: '1: embedded in another page, the landscape and timeline only (default 0)',
    write: ({ view }) => (view.embed ? ['1'] : []),
    read: single((raw, draft) => {
      if (raw !== '1' && raw !== '0') return 'must be 1 or 0';
      draft.view.embed = raw === '1';
      return null;
    }),
  },
  {
    key: 'lang',
    doc: 'the language shown: en or zh (简体中文); written only when not en (default: the browser’s)',
    write: ({ view }) => (view.lang && view.lang !== 'en' ? [view.lang] : []),
    read: single((raw, draft) => {
      if (!isLang(raw)) return 'must be en or zh';
      draft.view.lang = raw;
      return null;
    }),
  },
  {
    key: 'note',
    doc: 'the note shown: a preset’s id (its explanation, in the language shown) or the user’s own text, percent-encoded, at most 280 characters (note-param.ts)',
    write: ({ view }) => (view.note ? [writeNoteParam(view.note)] : []),
    read: single((raw, draft) => {
      const { note, message } = readNoteParam(raw);
      if (note) draft.view.note = note;
      return message;
    }),
  },
];
