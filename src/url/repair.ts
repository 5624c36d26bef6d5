/**
 * Turns an unchecked scenario read from a link or a file into a valid one, field by field:
 * whatever validation rejects falls back to its default and is reported, and every other field is
 * kept exactly (issue 23, point 1). Validation (src/scenario) is the judge, so a link can never
 * hold a scenario that a file could not. Never throws.
 *
 * Each issue is fixed at the smallest place that can be fixed: the field itself (dropped, so its
 * default applies), or, for a field that cannot stand apart (an object's `type`, a field whose
 * removal does not satisfy validation), the object holding it, up to the top-level field's own
 * default. A run falls back to being left out; the problem to the default problem.
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

/** Each round fixes every field validation names; escalation is shallow, so a few dozen suffice. */
const MAX_ROUNDS = 32;

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

/** The path of the object holding `path`'s field: `a[1].b.c` → `a[1].b`; '' at the top. */
export function parentPath(path: string): string {
  const match = /^(.*?)(?:\.[^.[\]]*|\[\d+\])$/.exec(path);
  return match ? match[1]! : '';
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

interface Repair {
  draft: Record<string, unknown>;
  notes: RepairNote[];
  defaultSteps: number;
  /** Paths already fixed since the runs last changed shape: a second issue there escalates. */
  fixed: Set<string>;
}

/** Applies the fallback for one issue and notes it; false when nothing could be done. */
function fix(repair: Repair, issue: ValidationIssue): Fixed {
  const { draft } = repair;
  const spot = locateField(draft, issue.path);
  // An unknown key holding dots ("steps.x", "__proto__.y") is only ever dropped.
  if (spot !== null && typeof spot.key === 'string' && /[.[]/.test(spot.key))
    return drop(repair, spot, issue.path, `${issue.message}; ignored`);

  // The smallest place to fix: the field, or the nearest enclosing one not yet fixed.
  let target = issue.path;
  while (repair.fixed.has(target) && pathSegments(target).length > 1) target = parentPath(target);
  const segments = pathSegments(target);
  // A schedule means nothing without its type: it goes as a whole.
  if (segments.at(-1) === 'type' && segments.at(-2) === 'schedule') {
    target = parentPath(target);
    segments.pop();
  }
  repair.fixed.add(target);
  // The notice names what falls back; a field within it is named in the reason.
  const within = issue.path.slice(target.length).replace(/^\./, '');
  const reason = within ? `${within} ${issue.message}` : issue.message;
  const topLevel = topLevelFix(repair, segments, target, reason);
  if (topLevel !== null) return topLevel;
  const place = target === issue.path ? spot : locateField(draft, target);
  if (place) return drop(repair, place, target, `${reason}; ignored`);
  // Nothing at this path (a required field already gone): the enclosing object next round.
  return target === issue.path ? fix(repair, issue) : false;
}

/** The fallbacks of fields whose default is more than "absent"; null for any other field. */
function topLevelFix(
  { draft, notes, defaultSteps }: Repair,
  segments: readonly Segment[],
  path: string,
  reason: string,
): Fixed | null {
  const [head, second, field] = segments;
  const note = (fallback: string) => notes.push({ path, message: `${reason}; ${fallback}` });
  switch (head) {
    case 'steps': {
      const over = typeof draft.steps === 'number' && draft.steps > MAX_STEPS;
      note(over ? `clamped to ${MAX_STEPS}` : `the default is used: ${defaultSteps}`);
      draft.steps = over ? MAX_STEPS : defaultSteps;
      return 'field';
    }
    case 'seed':
    case 'version':
      if (segments.length > 1) return null;
      note('the default is used');
      delete draft[head];
      return 'field';
    case 'start':
      note('the problem’s start is used');
      delete draft.start;
      return 'field';
    case 'problem':
      // A problem without a usable kind (or a formula that does not parse) shows nothing.
      if (second === undefined || second === 'type' || second === 'name' || second === 'expr') {
        note('the default problem is shown');
        draft.problem = structuredClone(FIRST_VIEW.problem);
        delete draft.start; // the default problem's own start
        return 'field';
      }
      return null;
    case 'optimizers':
      return runsFix(draft, note, second, field, segments.length);
    default:
      return null;
  }
}

function runsFix(
  draft: Record<string, unknown>,
  note: (fallback: string) => void,
  index: Segment | undefined,
  field: Segment | undefined,
  depth: number,
): Fixed | null {
  const runs = draft.optimizers;
  if (index === undefined) {
    if (Array.isArray(runs) && runs.length > MAX_OPTIMIZERS) {
      note(`the first ${MAX_OPTIMIZERS} are shown`);
      draft.optimizers = runs.slice(0, MAX_OPTIMIZERS);
    } else {
      note('the first view’s runs are shown');
      draft.optimizers = structuredClone(FIRST_VIEW.optimizers);
    }
    return 'shape';
  }
  if (typeof index !== 'number' || !Array.isArray(runs)) return null;
  if (field === undefined || field === 'type') {
    note(`run ${index + 1} left out`);
    draft.optimizers = runs.filter((_, i) => i !== index);
    return 'shape';
  }
  const run = runs[index] as Record<string, unknown> | undefined;
  if (field === 'lr' && depth === 3 && run && isOptimizerType(run.type)) {
    const lr = OPTIMIZER_DEFAULTS[run.type].lr;
    note(`PyTorch’s default ${lr} is used`);
    run.lr = lr;
    return 'field';
  }
  return null;
}

/** Removes a field found by `locateField` and notes it. */
function drop(
  { notes }: Repair,
  { parent, key }: NonNullable<ReturnType<typeof locateField>>,
  path: string,
  message: string,
): Fixed {
  notes.push({ path, message });
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
  const repair: Repair = {
    draft: { ...draft },
    notes: [],
    defaultSteps,
    fixed: new Set(),
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = validateScenario(repair.draft);
    if (result.ok) return { scenario: result.scenario, notes: repair.notes };
    let fixed: Fixed = false;
    for (const issue of result.errors) {
      fixed = fix(repair, issue) || fixed;
      // Later issues may name runs by their old places: validate again first.
      if (fixed === 'shape') {
        repair.fixed.clear();
        break;
      }
    }
    if (Array.isArray(repair.draft.optimizers) && repair.draft.optimizers.length === 0)
      repair.draft.optimizers = structuredClone(FIRST_VIEW.optimizers);
    if (!fixed) break;
  }
  // Unreachable by design (test/hostile-round2 feeds every single-field corruption); a guard.
  repair.notes.push({ path: 'scenario', message: 'could not be used; the first view is shown' });
  return { scenario: structuredClone(FIRST_VIEW), notes: repair.notes };
}
