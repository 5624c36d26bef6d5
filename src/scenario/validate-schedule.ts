/** Validation of an optimizer's `schedule` (docs/scenario.md, "schedule"). */
import { MAX_STEPS } from './limits';
import {
  Issues,
  checkBoolean,
  checkChoice,
  checkKeys,
  checkNumber,
  describe,
  isPlainObject,
  join,
  type NumberRule,
} from './checks';
import { SCHEDULE_TYPES, type ScheduleSpec } from './types';

const STEPS_RULE: NumberRule = { min: 1, max: MAX_STEPS, integer: true };
const LR_RULE: NumberRule = { min: 0, max: 1e4 };
const MOMENTUM_RULE: NumberRule = { min: 0, max: 1, maxExclusive: true };

/** The fields each schedule type takes, besides `type`. */
const FIELDS: Record<ScheduleSpec['type'], Record<string, NumberRule | 'boolean' | 'anneal'>> = {
  constant: {},
  step: { stepSize: STEPS_RULE, gamma: { min: 0, max: 10, minExclusive: true } },
  exponential: { gamma: { min: 0, max: 2, minExclusive: true } },
  cosine: { tMax: STEPS_RULE, etaMin: LR_RULE },
  'warmup-cosine': {
    warmupSteps: STEPS_RULE,
    startFactor: { min: 0, max: 1, minExclusive: true }, // LinearLR requires 0 < start_factor ≤ 1
    tMax: { ...STEPS_RULE, min: 2 },
    etaMin: LR_RULE,
  },
  'one-cycle': {
    totalSteps: STEPS_RULE,
    pctStart: { min: 0, max: 1, minExclusive: true, maxExclusive: true },
    divFactor: { min: 0, max: 1e6, minExclusive: true },
    finalDivFactor: { min: 0, max: 1e12, minExclusive: true },
    cycleMomentum: 'boolean',
    baseMomentum: MOMENTUM_RULE,
    maxMomentum: MOMENTUM_RULE,
    threePhase: 'boolean',
    annealStrategy: 'anneal',
  },
};

/** Checks a schedule; `steps` is the scenario's step count (one-cycle must cover it). */
export function validateSchedule(
  issues: Issues,
  value: unknown,
  path: string,
  steps: number,
): ScheduleSpec | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `must be an object such as {"type": "cosine"}, got ${describe(value)}`);
    return undefined;
  }
  const type = checkChoice(issues, value.type, join(path, 'type'), SCHEDULE_TYPES);
  if (value.type === undefined)
    issues.add(join(path, 'type'), `required: one of ${SCHEDULE_TYPES.join(', ')}`);
  if (!type) return undefined;
  const fields = FIELDS[type];
  checkKeys(issues, value, ['type', ...Object.keys(fields)], path, `a ${type} schedule`);

  const before = issues.list.length;
  const spec: Record<string, unknown> = { type };
  for (const [name, rule] of Object.entries(fields)) {
    const field = join(path, name);
    const checked =
      rule === 'boolean'
        ? checkBoolean(issues, value[name], field)
        : rule === 'anneal'
          ? checkChoice(issues, value[name], field, ['cos', 'linear'] as const)
          : checkNumber(issues, value[name], field, rule);
    if (checked !== undefined) spec[name] = checked;
  }
  if (issues.list.length > before) return undefined;

  if (type === 'warmup-cosine') {
    const warmup = (spec.warmupSteps as number | undefined) ?? Math.min(20, steps - 1);
    const tMax = (spec.tMax as number | undefined) ?? steps;
    if (warmup < 1 || warmup >= tMax) {
      issues.add(
        join(path, 'warmupSteps'),
        `must be at least 1 and below tMax (${tMax}), got ${warmup}`,
      );
    }
  }
  if (type === 'one-cycle') checkOneCycle(issues, spec, path, steps);
  return issues.list.length > before ? undefined : (spec as ScheduleSpec);
}

/** OneCycleLR's phases must have positive lengths, and it raises past totalSteps. */
function checkOneCycle(
  issues: Issues,
  spec: Record<string, unknown>,
  path: string,
  steps: number,
): void {
  const total = (spec.totalSteps as number | undefined) ?? steps;
  const pct = (spec.pctStart as number | undefined) ?? 0.3;
  if (total < steps) {
    issues.add(
      join(path, 'totalSteps'),
      `must be at least the scenario's steps (${steps}): PyTorch's OneCycleLR stops past totalSteps; got ${total}`,
    );
    return;
  }
  const warmEnd = pct * total - 1;
  const ends = spec.threePhase ? [warmEnd, 2 * pct * total - 2, total - 1] : [warmEnd, total - 1];
  const increasing = ends.every((end, i) => end > (i === 0 ? 0 : ends[i - 1]!));
  if (!increasing) {
    issues.add(
      join(path, 'pctStart'),
      `leaves a phase of no length with totalSteps ${total} (phases end at steps ${ends.map((e) => +e.toFixed(3)).join(', ')}); got ${pct}`,
    );
  }
}
