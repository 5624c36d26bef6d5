/**
 * A small fully connected network on a 2D two-class dataset (src/core/problems/mlp.ts). Its
 * hidden widths travel in a link as `layers=16-16`.
 */
import { CLASSIFICATION_DATA_DEFAULTS } from '../../core/problems/dataset-defaults';
import { MLP_DEFAULTS, mlpParamCount } from '../../core/problems/mlp-shape';
import { numericsOf } from '../numerics-slot';
import { checkChoice, checkNumber, definedFields, join } from '../../scenario/checks';
import { ACTIVATIONS } from '../../scenario/data-types';
import { MAX_SEED } from '../../scenario/limits';
import { validateClassifierFields, validateHidden } from '../../scenario/validate-data';
import { CLASSIFIER_DATA, dataWork } from '../shared';
import type { ProblemKind } from '../types';
import { MLP, type MlpSpec } from './spec';

const SEED = { min: 0, max: MAX_SEED, integer: true } as const;

export const mlpKind: ProblemKind<MlpSpec, 'classification'> = {
  type: MLP,
  ...CLASSIFIER_DATA,
  defaultGenerator: 'moons',
  validate(issues, value, path) {
    const common = validateClassifierFields(issues, value, path, 'an mlp problem', [
      'hidden',
      'activation',
      'initSeed',
    ]);
    const hidden = validateHidden(issues, value.hidden, join(path, 'hidden'));
    const activation = checkChoice(issues, value.activation, join(path, 'activation'), ACTIVATIONS);
    const initSeed = checkNumber(issues, value.initSeed, join(path, 'initSeed'), SEED);
    return {
      type: MLP,
      ...definedFields({ hidden, activation, initSeed }),
      ...common,
    };
  },
  // The numerics load on demand (src/kinds/model-numerics.ts).
  build: (spec) => numericsOf(MLP).build(spec),
  work: (spec) =>
    dataWork(
      spec,
      CLASSIFICATION_DATA_DEFAULTS.n,
      mlpParamCount(spec.hidden ?? MLP_DEFAULTS.hidden),
      true,
    ),
  link: {
    fieldOrder: ['layers', 'activation', 'batchSize', 'data', 'initSeed', 'noise'],
    write: ({ type, hidden, ...fields }) => ({
      name: type,
      // The hidden widths read as the architecture: layers=16-16. (A run's `hidden` is a switch
      // in the same syntax, so the problem's list travels under its own name.)
      fields: hidden ? { layers: hidden.join('-'), ...fields } : fields,
    }),
    read: ({ layers, ...fields }, readNumber) => {
      if (layers === undefined) return fields;
      const widths = typeof layers === 'string' ? layers.split('-').map(readNumber) : [];
      // A malformed list (or a call, `layers=(toString=1)`) stays as it is, for validation to name.
      const ok = widths.length && widths.every((w) => typeof w === 'number');
      return { ...fields, hidden: ok ? widths : layers };
    },
  },
};
