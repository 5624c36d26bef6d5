/**
 * Where each run came from: its spec as the preset, link or file opened it (docs/app.md, "Names,
 * reset and undo"). Kept beside the scenario, one entry per run in order, so that Reset can
 * return a run to those values; PyTorch's defaults are the other choice. An origin applies to the
 * run at its index only while the run keeps the origin's type (a retyped run has none until it
 * is typed back). Pure: the scenario slice applies these to its list.
 */
import { OPTIMIZER_DEFAULTS, hyperparamsOf } from '../core/optimizers';
import type { OptimizerSpec, Scenario } from '../scenario/types';

/** A run's spec as opened; null for a run added since (it has no origin but the defaults). */
export type RunOrigin = OptimizerSpec | null;

/** The origins of a scenario just opened: each run is its own origin. */
export function originsOf(scenario: Scenario): RunOrigin[] {
  return scenario.optimizers.map((spec) => structuredClone(spec));
}

/** The origin of the run at `index`, if it has one of its type. */
export function originFor(
  origins: readonly RunOrigin[],
  index: number,
  spec: Pick<OptimizerSpec, 'type'>,
): OptimizerSpec | null {
  const origin = origins[index];
  return origin && origin.type === spec.type ? origin : null;
}

/** A run appended: it has no origin. */
export function originsAfterAdd(origins: readonly RunOrigin[], count: number): RunOrigin[] {
  const list = origins.slice(0, count);
  while (list.length < count) list.push(null);
  return [...list, null];
}

/** The run at `index` removed: the origins after it move up with their runs. */
export function originsAfterRemove(origins: readonly RunOrigin[], index: number): RunOrigin[] {
  return origins.filter((_, i) => i !== index);
}

/** A copy inserted after `index`: it came from where its source came from. */
export function originsAfterDuplicate(origins: readonly RunOrigin[], index: number): RunOrigin[] {
  return [...origins.slice(0, index + 1), origins[index] ?? null, ...origins.slice(index + 1)];
}

/**
 * The run returned to its origin: α, every hyperparameter, schedule and name as opened; its
 * colour and visibility stay (they say which line is which, not how it runs).
 */
export function resetToOrigin(spec: OptimizerSpec, origin: OptimizerSpec): OptimizerSpec {
  const { color: _color, hidden: _hidden, ...values } = structuredClone(origin);
  return withoutUndefined({ ...values, color: spec.color, hidden: spec.hidden } as OptimizerSpec);
}

/** The run at PyTorch's defaults, α included; its name, colour, visibility, schedule and batch size stay. */
export function resetToDefaults(spec: OptimizerSpec): OptimizerSpec {
  return withoutUndefined({
    type: spec.type,
    lr: OPTIMIZER_DEFAULTS[spec.type].lr!,
    schedule: spec.schedule,
    // The run's own batch size is its data, not a hyperparameter: kept as the schedule is.
    batchSize: spec.batchSize,
    label: spec.label,
    color: spec.color,
    hidden: spec.hidden,
  } as OptimizerSpec);
}

/** Whether the run already has its origin's values (Reset would change nothing). */
export function atOrigin(spec: OptimizerSpec, origin: OptimizerSpec): boolean {
  return sameValues(spec, resetToOrigin(spec, origin));
}

/** Whether the run already has PyTorch's defaults. */
export function atDefaults(spec: OptimizerSpec): boolean {
  return sameValues(spec, resetToDefaults(spec));
}

function sameValues(a: OptimizerSpec, b: OptimizerSpec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const params = new Set<string>(hyperparamsOf(a.type));
  return [...keys].every((key) => {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (params.has(key) && key !== 'lr') {
      // An unset hyperparameter is its default.
      const d = (OPTIMIZER_DEFAULTS[a.type] as Record<string, unknown>)[key];
      return (x ?? d) === (y ?? d);
    }
    return JSON.stringify(x) === JSON.stringify(y);
  });
}

function withoutUndefined(spec: OptimizerSpec): OptimizerSpec {
  return Object.fromEntries(
    Object.entries(spec).filter(([, value]) => value !== undefined),
  ) as unknown as OptimizerSpec;
}
