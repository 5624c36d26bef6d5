/**
 * The schedule editor's vocabulary: the six types in words, the fields each takes, their
 * defaults for a scenario, and checking an edit the way the scenario validator does
 * (src/scenario/validate-schedule.ts), so that the editor never commits a schedule a link
 * could not carry.
 */
import { resolveSchedule } from '../../core/schedules';
import { Issues } from '../../scenario/checks';
import type { OptimizerType, ScheduleSpec, ScheduleType } from '../../scenario/types';
import { validateSchedule } from '../../scenario/validate-schedule';
import { formatHyperparam } from '../optimizers/format';
import { optimizerModule } from '../../core/optimizers/registry';
import { t } from '../../i18n';
import type { Resources } from '../../i18n/en';

/** A schedule type's key in the resources (`schedule.type.*`, `schedule.formula.*`). */
const TYPE_KEYS = {
  constant: 'constant',
  step: 'step',
  exponential: 'exponential',
  cosine: 'cosine',
  'warmup-cosine': 'warmupCosine',
  'one-cycle': 'oneCycle',
} as const satisfies Record<ScheduleType, keyof Resources['schedule']['type']>;

/** The type's name in the select and on the card, in the language shown. */
export function scheduleTitle(type: ScheduleType): string {
  return t(`schedule.type.${TYPE_KEYS[type]}`);
}

/** One line on what the type does, with the PyTorch scheduler it reproduces. */
export function scheduleFormula(type: ScheduleType): string {
  return t(`schedule.formula.${TYPE_KEYS[type]}`);
}

/** A field of a schedule other than `type`. */
export type ScheduleField =
  | 'stepSize'
  | 'gamma'
  | 'tMax'
  | 'etaMin'
  | 'warmupSteps'
  | 'startFactor'
  | 'totalSteps'
  | 'pctStart'
  | 'divFactor'
  | 'finalDivFactor'
  | 'cycleMomentum'
  | 'baseMomentum'
  | 'maxMomentum'
  | 'threePhase'
  | 'annealStrategy';

export type FieldKind = 'number' | 'boolean' | 'anneal';

type HintKey = keyof Resources['schedule']['hint'];

/** How the editor shows one field: its input kind and a short hint (its key, see fieldHint). */
export interface FieldInfo {
  name: ScheduleField;
  kind: FieldKind;
  hint: HintKey;
}

const num = (name: ScheduleField, hint: HintKey): FieldInfo => ({ name, kind: 'number', hint });

/** The fields of each type, in the order docs/scenario.md ("schedule") lists them. */
export const SCHEDULE_FIELDS: Readonly<Record<ScheduleType, readonly FieldInfo[]>> = {
  constant: [],
  step: [num('stepSize', 'stepSize'), num('gamma', 'gammaStep')],
  exponential: [num('gamma', 'gammaExponential')],
  cosine: [num('tMax', 'tMaxCosine'), num('etaMin', 'etaMin')],
  'warmup-cosine': [
    num('warmupSteps', 'warmupSteps'),
    num('startFactor', 'startFactor'),
    num('tMax', 'tMaxWarmup'),
    num('etaMin', 'etaMin'),
  ],
  'one-cycle': [
    num('totalSteps', 'totalSteps'),
    num('pctStart', 'pctStart'),
    num('divFactor', 'divFactor'),
    num('finalDivFactor', 'finalDivFactor'),
    { name: 'cycleMomentum', kind: 'boolean', hint: 'cycleMomentum' },
    num('baseMomentum', 'baseMomentum'),
    num('maxMomentum', 'maxMomentum'),
    { name: 'threePhase', kind: 'boolean', hint: 'threePhase' },
    { name: 'annealStrategy', kind: 'anneal', hint: 'annealStrategy' },
  ],
};

/**
 * A field's hint for a run, in the language shown: `{{m}}` names what one-cycle cycles for its
 * optimizer type.
 *
 * @example fieldHint(info, 'beta1') // → "β1 at the peak lr"
 */
export function fieldHint(field: FieldInfo, cycled: 'momentum' | 'beta1' | null): string {
  const m =
    cycled === 'momentum'
      ? t('schedule.cycledMomentum')
      : cycled === 'beta1'
        ? 'β1'
        : t('schedule.cycledEither');
  return t(`schedule.hint.${field.hint}`, { m });
}

type FieldValue = number | boolean | 'cos' | 'linear';

/** A schedule's fields as a plain record (the union type cannot be indexed by a field name). */
function fieldsOf(spec: ScheduleSpec): Partial<Record<ScheduleField, FieldValue>> {
  return spec as unknown as Partial<Record<ScheduleField, FieldValue>>;
}

/** The value a field takes when absent, for a scenario of `steps` steps. */
export function defaultOf(type: ScheduleType, field: ScheduleField, steps: number): FieldValue {
  const resolved = resolveSchedule({ type } as ScheduleSpec, steps);
  return (resolved as unknown as Record<ScheduleField, FieldValue>)[field];
}

/** The field's stored value, or undefined when it takes its default. */
export function valueOf(spec: ScheduleSpec, field: ScheduleField): FieldValue | undefined {
  return fieldsOf(spec)[field];
}

/** A default as shown in an empty field's placeholder (500, 0.98, 1e4). */
export function formatDefault(value: FieldValue): string {
  return typeof value === 'number' ? formatHyperparam(value) : String(value);
}

/**
 * The schedule with `field` set, or removed when `value` is undefined (back to its default),
 * so that the scenario keeps only what was chosen.
 */
export function withField(
  spec: ScheduleSpec,
  field: ScheduleField,
  value: FieldValue | undefined,
): ScheduleSpec {
  const next: Record<string, unknown> = { ...spec };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next as ScheduleSpec;
}

/** The schedule a newly chosen type starts from: no fields, every default (none for constant). */
export function scheduleOfType(type: ScheduleType): ScheduleSpec | undefined {
  return type === 'constant' ? undefined : ({ type } as ScheduleSpec);
}

export type FieldParse = { ok: true; value: number | undefined } | { ok: false; message: string };

const MINUS = '−';
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A typed field: empty means "the default" (undefined); otherwise a number like 200, 0.5, 1e-4. */
export function parseField(text: string): FieldParse {
  const normalised = text.trim().replaceAll(MINUS, '-');
  if (normalised === '') return { ok: true, value: undefined };
  if (!NUMBER.test(normalised)) return { ok: false, message: t('schedule.enterNumber') };
  return { ok: true, value: Number(normalised) };
}

/** The problems of a schedule for a scenario of `steps` steps, as "field message" lines. */
export function scheduleIssues(spec: ScheduleSpec | undefined, steps: number): string[] {
  if (!spec) return [];
  const issues = new Issues();
  validateSchedule(issues, spec, '', steps);
  return issues.list.map((issue) =>
    issue.path ? `${issue.path} ${issue.message}` : issue.message,
  );
}

/**
 * Checks setting `field` to `value` on `spec`: the new schedule, or the first message of the
 * validator (cross-field ones too, e.g. warmupSteps must stay below tMax).
 */
export function editField(
  spec: ScheduleSpec,
  field: ScheduleField,
  value: FieldValue | undefined,
  steps: number,
): { ok: true; spec: ScheduleSpec } | { ok: false; message: string } {
  const next = withField(spec, field, value);
  const [first] = scheduleIssues(next, steps);
  return first === undefined ? { ok: true, spec: next } : { ok: false, message: first };
}

/**
 * What OneCycleLR cycles against the lr for an optimizer type, as its module declares it
 * (src/core/optimizers/registry.ts): SGD's and RMSprop's momentum, the Adam family's and Lion's
 * β1; AdaGrad and Adadelta have neither. On plain GD the cycled μ adds momentum, as in PyTorch.
 */
export function cycledParam(type: OptimizerType): 'momentum' | 'beta1' | null {
  return optimizerModule(type).cycles;
}
