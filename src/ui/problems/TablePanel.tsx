/**
 * The Data tab of a classifier on a table (issue 22; docs/models.md): which data set, credited
 * with its creators and licence where it is chosen; the rows, features and classes; the seeded
 * split and what it holds; the network and the batch size; and the selected run's training and
 * validation loss and accuracy at the cursor step, with its test score once it has finished.
 * Nothing here needs the data loaded: the sizes come from the set's description, the scores
 * from the run's results.
 */
import { useState } from 'react';
import { creditLine, DATA_LICENCE, DATA_SETS } from '../../core/data/sets';
import { resolveSplit } from '../../core/data/split';
import type { TableSpec } from '../../kinds/registry';
import { isSoftmaxMlp } from '../../kinds/softmax-mlp/spec';
import { SOFTMAX_MLP_DEFAULTS } from '../../kinds/softmax-mlp/kind';
import { tableSource } from '../../kinds/table-ui';
import { DATA_SET_NAMES, type DataSetName } from '../../scenario/table-types';
import { ACTIVATIONS, type Activation } from '../../scenario/data-types';
import { appStore, useAppShallow } from '../../state/store';
import { useRunViews } from '../../state/run-views';
import { effectiveCursor } from '../../state/view-slice';
import { useT } from '../../i18n';
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)
import { runColor } from '../../plot/palette';
import { formatLoss } from '../optimizers/format';
import { formatAccuracy } from './classifier-view';
import { CsvImportButton } from './CsvImport';
import { maxStepsFor } from './model-settings';
import { RunShown } from './RunShown';
import {
  readWidths,
  tableBatchSizes,
  tableRows,
  tableShape,
  tableSplitSizes,
  withBatchSize,
  withHidden,
  withSet,
  withSplit,
} from './table-settings';
import { describeProblem } from '../../core/problems';
import './TablePanel.css';

/** Sets the problem; a network too big for the steps set lowers the steps. */
function apply(next: TableSpec | null): void {
  if (!next) return;
  const state = appStore.getState();
  state.setProblem(next);
  const limit = maxStepsFor(describeProblem(next).dim);
  if (state.scenario.steps > limit) appStore.getState().setSteps(limit);
}

export function TablePanel({ spec }: { spec: TableSpec }) {
  const t = useT();
  const source = tableSource(spec);
  const rows = tableRows(spec);
  const shape = tableShape(spec);
  const sizes = tableSplitSizes(spec);
  const split = resolveSplit(spec.split);
  const fmt = (n: number) => n.toLocaleString('en-US');
  return (
    <section className="table-panel" data-testid="table-panel" aria-label={t('tables.panel')}>
      <div className="table-panel__settings">
        <label className="table-panel__row">
          <span>{t('tables.set')}</span>
          <select
            className="compact-select"
            value={source}
            data-testid="table-set"
            onChange={(event) => {
              if (event.target.value !== 'rows')
                apply(withSet(spec, event.target.value as DataSetName));
            }}
          >
            {DATA_SET_NAMES.map((name) => (
              <option key={name} value={name}>
                {DATA_SETS[name].title}
              </option>
            ))}
            {source === 'rows' && (
              <option value="rows">{t('tables.yourRows', { rows: fmt(rows) })}</option>
            )}
          </select>
        </label>
        {source !== 'rows' && <Credit set={source} />}
        <p className="table-panel__fact" data-testid="table-shape">
          {t('tables.shape', {
            rows: fmt(rows),
            features: fmt(shape.features),
            classes: fmt(shape.classes),
          })}
        </p>
        <CsvImportButton kind="table" />
        <fieldset className="table-panel__split">
          <legend>{t('tables.split')}</legend>
          <ShareField
            label={t('tables.validationShare')}
            value={split.validation}
            onChange={(validation) => apply(withSplit(spec, { validation }))}
          />
          <ShareField
            label={t('tables.testShare')}
            value={split.test}
            onChange={(test) => apply(withSplit(spec, { test }))}
          />
          <label className="table-panel__row">
            <span>{t('tables.splitSeed')}</span>
            <input
              className="table-panel__number"
              type="number"
              min={0}
              step={1}
              value={split.seed}
              onChange={(event) => {
                const seed = event.target.valueAsNumber;
                if (Number.isInteger(seed) && seed >= 0) apply(withSplit(spec, { seed }));
              }}
            />
          </label>
          <p className="table-panel__fact" data-testid="table-split">
            {t('tables.splitSizes', {
              training: fmt(sizes.training),
              validation: fmt(sizes.validation),
              test: fmt(sizes.test),
            })}
          </p>
          <p className="table-panel__note">{t('tables.splitNote')}</p>
        </fieldset>
        {isSoftmaxMlp(spec) && <NetworkFields spec={spec} />}
        <label className="table-panel__row" title={t('tables.batchNote')}>
          <span>{t('tables.batchSize')}</span>
          <select
            className="compact-select"
            value={spec.batchSize ?? 0}
            onChange={(event) => {
              const size = Number(event.target.value);
              apply(withBatchSize(spec, size > 0 ? size : undefined));
            }}
          >
            <option value={0}>{t('tables.fullBatch', { n: fmt(sizes.training) })}</option>
            {tableBatchSizes(sizes.training).map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Scores spec={spec} />
    </section>
  );
}

/** The set's credit: creators, year, title, with links to its source and its licence. */
function Credit({ set }: { set: DataSetName }) {
  const t = useT();
  const info = DATA_SETS[set];
  return (
    <p className="table-panel__credit" data-testid="table-credit">
      {t('tables.credit', { credit: creditLine(info) })}{' '}
      <a href={info.credit.url} target="_blank" rel="noreferrer">
        {t('tables.source')}
      </a>
      {' · '}
      <a href={DATA_LICENCE.url} target="_blank" rel="noreferrer">
        {t('tables.licence')}
      </a>
    </p>
  );
}

/** A held-out share as a whole percentage, 0 … 50. */
function ShareField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(share: number): void;
}) {
  return (
    <label className="table-panel__row">
      <span>{label}</span>
      <span className="table-panel__percent">
        <input
          className="table-panel__number"
          type="number"
          min={0}
          max={50}
          step={1}
          value={Math.round(value * 1000) / 10}
          onChange={(event) => {
            const percent = event.target.valueAsNumber;
            if (Number.isFinite(percent) && percent >= 0 && percent <= 50) onChange(percent / 100);
          }}
        />
        %
      </span>
    </label>
  );
}

/** The softmax MLP's hidden widths ("64-32") and activation. */
function NetworkFields({
  spec,
}: {
  spec: TableSpec & { hidden?: number[]; activation?: Activation };
}) {
  const t = useT();
  const current = (spec.hidden ?? SOFTMAX_MLP_DEFAULTS.hidden).join('-');
  const [text, setText] = useState(current);
  const [editing, setEditing] = useState(false);
  const shown = editing ? text : current;
  const valid = readWidths(shown) !== null;
  return (
    <>
      <label className="table-panel__row" title={t('tables.layersHint')}>
        <span>{t('tables.layers')}</span>
        <input
          className="table-panel__text"
          value={shown}
          aria-invalid={!valid}
          data-testid="table-layers"
          onFocus={() => {
            setText(current);
            setEditing(true);
          }}
          onBlur={() => setEditing(false)}
          onChange={(event) => {
            setText(event.target.value);
            const widths = readWidths(event.target.value);
            if (widths) apply(withHidden(spec, widths));
          }}
        />
      </label>
      {!valid && <p className="table-panel__invalid">{t('tables.layersInvalid')}</p>}
      <label className="table-panel__row">
        <span>{t('tables.activation')}</span>
        <select
          className="compact-select"
          value={spec.activation ?? SOFTMAX_MLP_DEFAULTS.activation}
          onChange={(event) => {
            const activation = event.target.value as Activation;
            const { activation: _old, ...rest } = spec;
            apply(
              (activation === SOFTMAX_MLP_DEFAULTS.activation
                ? rest
                : { ...rest, activation }) as TableSpec,
            );
          }}
        >
          {ACTIVATIONS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The selected run's scores at the cursor step, and its test score at the end. */
function Scores({ spec }: { spec: TableSpec }) {
  const t = useT();
  const views = useRunViews();
  const { optimizers, selectedRun, cursor, selectRun } = useAppShallow((s) => ({
    optimizers: s.scenario.optimizers,
    selectedRun: s.selectedRun,
    cursor: effectiveCursor(s),
    selectRun: s.selectRun,
  }));
  const current = views.scenario !== null && views.scenario.problem === spec;
  const selected = Math.max(0, Math.min(selectedRun, optimizers.length - 1));
  const result = current ? views.runs[selected]?.result : undefined;
  const points = result?.loss.length ?? 0;
  const step = Math.max(0, Math.min(points - 1, Math.round(cursor)));
  const scores = result?.scores;
  const at = (array: Float64Array | null | undefined) => (array && points > 0 ? array[step]! : NaN);
  const loss = (value: number) => (Number.isFinite(value) ? formatLoss(value) : '—');
  const test = scores?.test ?? null;
  const color = runColor(optimizers[selected]?.color, selected);
  return (
    <div className="table-panel__scores" data-testid="table-scores">
      <div className="table-panel__run" style={{ color }}>
        <RunShown
          optimizers={optimizers}
          selected={selected}
          onSelect={selectRun}
          selectClassName="table-panel__select"
        />
        {points > 0 && <span className="table-panel__step">{t('tables.runAt', { step })}</span>}
      </div>
      {!result && <p className="table-panel__note">{t('tables.loading')}</p>}
      <table className="table-panel__table numeric">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('tables.loss')}</th>
            <th scope="col">{t('tables.accuracy')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="score-training">
            <th scope="row">{t('tables.training')}</th>
            <td>{loss(at(result?.loss))}</td>
            <td>{formatAccuracy(at(scores?.accuracy))}</td>
          </tr>
          <tr data-testid="score-validation">
            <th scope="row">{t('tables.validation')}</th>
            <td>{loss(at(scores?.validationLoss))}</td>
            <td>{formatAccuracy(at(scores?.validationAccuracy))}</td>
          </tr>
          <tr data-testid="score-test">
            <th scope="row">{t('tables.test')}</th>
            <td>{test ? loss(test.loss) : t('tables.testPending')}</td>
            <td>{test ? formatAccuracy(test.accuracy) : ''}</td>
          </tr>
        </tbody>
      </table>
      <p className="table-panel__note">{t('tables.batchNote')}</p>
    </div>
  );
}
