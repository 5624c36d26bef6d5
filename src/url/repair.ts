/**
 * Turns an unchecked scenario read from a link into a valid one, field by field: whatever
 * validation rejects falls back to its default (a run with no valid type is left out; steps
 * beyond the maximum are clamped), and each fallback is reported. Validation (src/scenario) is
 * the judge, so a link can never hold a scenario that a file could not. Never throws.
 */
import { OPTIMIZER_DEFAULTS } from '../core/optimizers/hyperparams';
import { FIRST_VIEW } from '../state/defaults';
import {
  DEFAULT_STEPS,
  MAX_OPTIMIZERS,
  MAX_STEPS,
  validateScenario,
  type ValidationIssue,
} from '../scenario/validate';
import { OPTIMIZER_TYPES, type OptimizerType, type Scenario } from '../scenario/types';

export interface RepairNote {
  /** The scenario field, e.g. `optimizers[1].beta1`. */
  path: string;
  message: string;
}

/** Each round fixes every field validation names; nesting is shallow, so a few rounds suffice. */
const MAX_ROUNDS = 16;

type Segment = string | number;

/** `optimizers[1].schedule.tMax` → ['optimizers', 1, 'schedule', 'tMax']. */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [path];
    if (match[1]) segments.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/**
 * The object holding the field `path` names, and the field's key, reached through own
 * properties only: a key such as "__proto__.x" or "constructor.prototype.toString" (which a file
 * or a link may hold as an unknown field) must never lead to a prototype, whose members the
 * generic fallback below would delete. A key may itself hold dots or brackets, so at each level
 * the rest of the path is first tried as one key. Null when the path names no own field.
 */
export function locateField(
  root: unknown,
  path: string,
): { parent: Record<string | number, unknown>; key: string | number } | null {
  let node = root;
  let rest = path;
  while (node !== null && typeof node === 'object') {
    const holder = node as Record<string | number, unknown>;
    if (!Array.isArray(node) && Object.hasOwn(holder, rest)) return { parent: holder, key: rest };
    const step = /^(?:\[(\d+)\]|([^.[]+))\.?/.exec(rest);
    if (!step) return null;
    const key = step[1] !== undefined ? Number(step[1]) : step[2]!;
    if (!Object.hasOwn(holder, key)) return null;
    rest = rest.slice(step[0].length);
    if (rest === '') return { parent: holder, key };
    node = holder[key];
  }
  return null;
}

/** What a fix did: a field changed, or the runs' list changed shape (later paths may shift). */
type Fixed = 'field' | 'shape' | false;

/** Applies the fallback for one issue and notes it; false when nothing could be done. */
function fix(
  draft: Record<string, unknown>,
  issue: ValidationIssue,
  notes: RepairNote[],
  defaultSteps: number,
): Fixed {
  const segments = pathSegments(issue.path);
  const [head, second, field] = segments;
  const note = (message: string) => notes.push({ path: issue.path, message });
  const spot = locateField(draft, issue.path);
  // An unknown key holding dots ("steps.x", "__proto__.y") is only ever dropped.
  const literal = spot !== null && typeof spot.key === 'string' && /[.[]/.test(spot.key);
  if (literal) return drop(spot, issue, notes);

  if (head === 'steps') {
    const over = typeof draft.steps === 'number' && draft.steps > MAX_STEPS;
    note(
      `${issue.message}; ${over ? 'clamped to' : 'the default is used:'} ${over ? MAX_STEPS : defaultSteps}`,
    );
    draft.steps = over ? MAX_STEPS : defaultSteps;
    return 'field';
  }
  // A formula that does not parse leaves an expression problem with nothing to show.
  if (
    head === 'problem' &&
    (second === undefined || second === 'type' || second === 'name' || second === 'expr')
  ) {
    note(`${issue.message}; the default problem is shown`);
    draft.problem = FIRST_VIEW.problem;
    delete draft.start; // the default problem's own start
    return 'field';
  }
  if (head === 'start') {
    note(`${issue.message}; the problem’s start is used`);
    delete draft.start;
    return 'field';
  }
  if (head === 'optimizers' && second === undefined) {
    const runs = draft.optimizers;
    if (Array.isArray(runs) && runs.length > MAX_OPTIMIZERS) {
      note(`${issue.message}; the first ${MAX_OPTIMIZERS} are shown`);
      draft.optimizers = runs.slice(0, MAX_OPTIMIZERS);
    } else {
      note(`${issue.message}; the first view’s runs are shown`);
      draft.optimizers = structuredClone(FIRST_VIEW.optimizers);
    }
    return 'shape';
  }
  if (head === 'optimizers' && typeof second === 'number' && Array.isArray(draft.optimizers)) {
    const run = draft.optimizers[second] as Record<string, unknown> | undefined;
    if (field === undefined || field === 'type') {
      note(`${issue.message}; run ${second + 1} left out`);
      draft.optimizers = draft.optimizers.filter((_, i) => i !== second);
      return 'shape';
    }
    if (field === 'lr' && segments.length === 3 && run && isOptimizerType(run.type)) {
      const lr = OPTIMIZER_DEFAULTS[run.type].lr;
      note(`${issue.message}; PyTorch’s default ${lr} is used`);
      run.lr = lr;
      return 'field';
    }
  }
  // Any other field: drop it, so that its default applies.
  return spot ? drop(spot, issue, notes) : false;
}

/** Removes a field found by `locateField` and notes it. */
function drop(
  { parent, key }: NonNullable<ReturnType<typeof locateField>>,
  issue: ValidationIssue,
  notes: RepairNote[],
): Fixed {
  notes.push({ path: issue.path, message: `${issue.message}; ignored` });
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
  return 'field';
}

function isOptimizerType(value: unknown): value is OptimizerType {
  return OPTIMIZER_TYPES.includes(value as OptimizerType);
}

/**
 * A valid scenario from `draft`, with a note for every field that fell back. Absent fields take
 * validation's defaults; `defaultSteps` replaces invalid steps (links use the first view's).
 */
export function repairScenario(
  draft: Record<string, unknown>,
  defaultSteps: number = DEFAULT_STEPS,
): {
  scenario: Scenario;
  notes: RepairNote[];
} {
  const notes: RepairNote[] = [];
  const working: Record<string, unknown> = { ...draft };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validateScenario(working);
    if (result.ok) return { scenario: result.scenario, notes };
    let fixed: Fixed = false;
    for (const issue of result.errors) {
      fixed = fix(working, issue, notes, defaultSteps) || fixed;
      // Later issues may name runs by their old places: validate again first.
      if (fixed === 'shape') break;
    }
    if (Array.isArray(working.optimizers) && working.optimizers.length === 0)
      working.optimizers = structuredClone(FIRST_VIEW.optimizers);
    if (!fixed) break;
  }
  notes.push({ path: 'scenario', message: 'could not be read; the first view is shown' });
  return { scenario: structuredClone(FIRST_VIEW), notes };
}
