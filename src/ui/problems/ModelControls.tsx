/**
 * The model settings of a classifier, in the Data tab: the dataset (generator, points, noise,
 * data seed) or the user's own points, for the MLP its architecture (hidden layer widths, with
 * the parameter count), activation and init seed, and the batch size. Every change is one
 * `setProblem` with the edited spec (model-settings.ts keeps it valid and short), so the worker
 * trains every run again.
 *
 * Number fields commit on Enter, on leaving the field, and on each click of their spin buttons
 * or arrow keys, not per keystroke: typing "200" must not train on 2 and on 20 points first.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { mlpParamCount } from '../../core/problems/mlp';
import { isMlp, type MlpSpec } from '../../kinds/mlp/spec';
import { CLASSIFICATION_DATA_DEFAULTS } from '../../core/problems/datasets';
import { ACTIVATIONS, CLASSIFICATION_GENERATORS, type Activation } from '../../scenario/types';
import { MAX_HIDDEN_LAYERS, MAX_HIDDEN_UNITS } from '../../scenario/validate-data';
import { appStore } from '../../state/store';
import { t as translate, useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { rollSeed, parseSeed } from './seed';
import {
  addLayer,
  architectureText,
  datasetSize,
  fallbackGenerator,
  generatorTitle,
  hiddenOf,
  MAX_MODEL_NOISE,
  maxStepsFor,
  MIN_MODEL_POINTS,
  modelBatchOptions,
  removeLayer,
  withBatchSize,
  withData,
  withHidden,
  withMlpFields,
  type ModelSpec,
} from './model-settings';
import { MAX_MODEL_POINTS } from '../../scenario/validate-data';
import { useDraftNumber, type DraftNumber } from '../forms/use-draft-number';
import { fromNullable } from '../forms/draft-number';
import { DiceIcon } from '../forms/DiceIcon';
import { IconButton } from '../forms/IconButton';
import './ModelControls.css';

/** Applies a new spec; a network too big for the steps set lowers the steps (and says so). */
function apply(next: ModelSpec): string | null {
  const state = appStore.getState();
  state.setProblem(next);
  if (!isMlp(next)) return null;
  const limit = maxStepsFor(mlpParamCount(hiddenOf(next)));
  if (state.scenario.steps > limit) {
    appStore.getState().setSteps(limit);
    return translate('models.stepsLowered', { steps: limit.toLocaleString('en-US') });
  }
  return null;
}

export function ModelControls({ spec }: { spec: ModelSpec }) {
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const update = (next: ModelSpec) => setNotice(apply(next));
  const own = (spec.data?.points?.length ?? 0) > 0;
  const generator = spec.data?.generator ?? fallbackGenerator(spec);
  const n = datasetSize(spec);
  const batch = spec.batchSize !== undefined && spec.batchSize < n ? spec.batchSize : undefined;

  return (
    <div className="model-controls" role="group" aria-label={t('models.settingsLabel')}>
      {own ? (
        <div className="model-controls__row">
          <span className="model-controls__label">{t('models.dataset')}</span>
          <span className="model-controls__own">{t('models.yourData', { count: n })}</span>
        </div>
      ) : (
        <>
          <Row label={t('models.dataset')}>
            <select
              className="compact-select model-controls__select"
              aria-label={t('models.dataset')}
              value={generator}
              onChange={(event) =>
                update(withData(spec, { generator: event.target.value as typeof generator }))
              }
            >
              {CLASSIFICATION_GENERATORS.map((g) => (
                <option key={g} value={g}>
                  {generatorTitle(g)}
                </option>
              ))}
            </select>
          </Row>
          <Row label={t('models.points')}>
            <NumberField
              label={t('models.points')}
              value={n}
              min={MIN_MODEL_POINTS}
              max={MAX_MODEL_POINTS}
              step={10}
              integer
              onCommit={(value) => update(withData(spec, { n: value }))}
            />
            <NumberField
              label={t('models.noise')}
              prefix={t('models.noise')}
              value={spec.data?.noise ?? CLASSIFICATION_DATA_DEFAULTS.noise[generator]}
              min={0}
              max={MAX_MODEL_NOISE}
              step={0.05}
              onCommit={(value) => update(withData(spec, { noise: value }))}
            />
          </Row>
        </>
      )}
      {isMlp(spec) && <NetworkRows spec={spec} update={update} />}
      <Row label={t('models.batchSize')}>
        <select
          className="compact-select model-controls__select"
          aria-label={t('models.batchSize')}
          title={t('models.batchTitle')}
          value={batch === undefined ? 'full' : String(batch)}
          onChange={(event) =>
            update(
              withBatchSize(
                spec,
                event.target.value === 'full' ? undefined : Number(event.target.value),
              ),
            )
          }
        >
          {modelBatchOptions(n, batch).map((option) => (
            <option key={option.label} value={option.value ?? 'full'}>
              {option.label}
            </option>
          ))}
        </select>
      </Row>
      {!own && (
        <Row label={t('models.dataSeed')}>
          <SeedField
            label={t('models.dataSeed')}
            value={spec.data?.seed ?? CLASSIFICATION_DATA_DEFAULTS.seed}
            onCommit={(seed) => update(withData(spec, { seed }))}
          />
        </Row>
      )}
      {isMlp(spec) && (
        <Row label={t('models.initSeed')}>
          <SeedField
            label={t('models.initSeed')}
            value={spec.initSeed ?? 1}
            onCommit={(initSeed) => update(withMlpFields(spec, { initSeed }))}
          />
        </Row>
      )}
      {notice && (
        <p className="model-controls__notice" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}

function NetworkRows({ spec, update }: { spec: MlpSpec; update(next: ModelSpec): void }) {
  const t = useT();
  const hidden = hiddenOf(spec);
  return (
    <>
      <Row label={t('models.layers')}>
        <div className="model-controls__layers">
          {hidden.map((width, i) => (
            <NumberField
              key={`${i}-${hidden.length}`}
              label={t('models.hiddenUnits', { n: i + 1 })}
              value={width}
              min={1}
              max={MAX_HIDDEN_UNITS}
              step={1}
              integer
              narrow
              onCommit={(value) =>
                update(
                  withHidden(
                    spec,
                    hidden.map((w, k) => (k === i ? value : w)),
                  ),
                )
              }
            />
          ))}
          <IconButton
            className="model-controls__small"
            label={t('models.addLayer')}
            title={t('models.addLayerTitle')}
            disabled={hidden.length >= MAX_HIDDEN_LAYERS}
            onClick={() => update(withHidden(spec, addLayer(hidden)))}
          >
            +
          </IconButton>
          <IconButton
            className="model-controls__small"
            label={t('models.removeLayer')}
            title={t('models.removeLayerTitle')}
            disabled={hidden.length <= 1}
            onClick={() => update(withHidden(spec, removeLayer(hidden)))}
          >
            −
          </IconButton>
        </div>
      </Row>
      <p className="model-controls__architecture numeric" data-testid="mlp-architecture">
        {architectureText(hidden)}
      </p>
      <Row label={t('models.activation')}>
        <select
          className="compact-select model-controls__select model-controls__select--short"
          aria-label={t('models.activation')}
          value={spec.activation ?? 'tanh'}
          onChange={(event) =>
            update(withMlpFields(spec, { activation: event.target.value as Activation }))
          }
        >
          {ACTIVATIONS.map((a) => (
            <option key={a} value={a}>
              {a === 'relu' ? 'ReLU' : 'tanh'}
            </option>
          ))}
        </select>
      </Row>
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="model-controls__row">
      <span className="model-controls__label" aria-hidden="true">
        {label}
      </span>
      <div className="model-controls__fields">{children}</div>
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  integer?: boolean;
  narrow?: boolean;
  /** A word shown before the field (the field's accessible name stays `label`). */
  prefix?: string;
  onCommit(value: number): void;
}

/** A number input holding a draft while typed; commits a valid value (see the file comment). */
function NumberField({
  label,
  value,
  min,
  max,
  step,
  integer,
  narrow,
  prefix,
  onCommit,
}: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const parse = (text: string): number | null => {
    const v = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(v) || v < min || v > max) return null;
    if (integer && !Number.isInteger(v)) return null;
    return v;
  };
  const field = useDraftNumber({
    value,
    format: String,
    parse: fromNullable(parse),
    onCommit,
    keepInvalid: false,
  });
  const invalid = field.draft !== null && parse(field.draft) === null;
  return (
    <>
      {prefix && (
        <label className="model-controls__prefix" htmlFor={id}>
          {prefix}
        </label>
      )}
      <input
        id={id}
        className={`number-field model-controls__number numeric${narrow ? ' model-controls__number--narrow' : ''}`}
        type="number"
        aria-label={label}
        min={min}
        max={max}
        step={step}
        value={field.text}
        aria-invalid={invalid || undefined}
        title={t('models.range', { label, min, max })}
        onChange={(event) => typedOrSpun(event, field)}
        onKeyDown={field.onKeyDown}
        onBlur={(event) => field.commit(event.currentTarget.value)}
      />
    </>
  );
}

/** Typing keeps a draft; spin buttons and arrow keys (a plain input event, no InputEvent) commit. */
function typedOrSpun(event: ChangeEvent<HTMLInputElement>, field: DraftNumber): void {
  const text = event.target.value;
  if ((event.nativeEvent as InputEvent).inputType !== undefined) field.edit(text);
  else field.commit(text);
}

/** A seed field with a dice that rolls a new one (as the header's seed). */
function SeedField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number;
  onCommit(seed: number): void;
}) {
  const t = useT();
  const field = useDraftNumber({
    value,
    format: String,
    parse: fromNullable(parseSeed),
    onCommit,
    keepInvalid: false,
  });
  return (
    <div className="model-controls__seed">
      <input
        className="number-field model-controls__number numeric"
        type="number"
        aria-label={label}
        min={0}
        step={1}
        value={field.text}
        aria-invalid={(field.draft !== null && parseSeed(field.draft) === null) || undefined}
        onChange={(event) => typedOrSpun(event, field)}
        onKeyDown={(event) => event.key === 'Enter' && field.commit(event.currentTarget.value)}
        onBlur={(event) => field.commit(event.currentTarget.value)}
      />
      <IconButton
        className="model-controls__small"
        label={t('models.newRandom', { label })}
        title={t('models.newRandomTitle', { label })}
        onClick={() => {
          field.revert();
          onCommit(rollSeed(value));
        }}
      >
        <DiceIcon size={16} />
      </IconButton>
    </div>
  );
}
