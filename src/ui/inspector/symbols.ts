/**
 * What each symbol the inspector shows means: the key of its short definition in the strings
 * (`inspect.symbol.*`, src/i18n/en-inspect.ts and zh-inspect.ts) for a row of the table or a
 * scalar, by optimizer type where one letter names different things (RMSprop's and Adadelta's v
 * decays with ρ, Adam's with β2; Adadelta's u averages steps, Adamax's is a maximum of |g|).
 * docs/optimizers.md defines the same symbols at length. Pure.
 */
import { optimizerDisplay } from '../../core/optimizers/displays';
import type { OptimizerType } from '../../scenario/types';
import type { enInspect } from '../../i18n/en-inspect';

export type SymbolKey = keyof (typeof enInspect)['inspect']['symbol'];

/**
 * The definition of a table row (rows.ts `InspectorRow.key`) for an optimizer type: the one its
 * module names where the letter means something else in its rule (src/core/optimizers, the
 * module's `inspector.symbols`), else the row's own.
 */
export function rowSymbolKey(key: string, type: OptimizerType): SymbolKey | null {
  const named = optimizerDisplay(type).inspector?.symbols?.[key];
  if (named !== undefined) return isSymbolKey(named) ? named : null;
  return isSymbolKey(key) ? key : null;
}

/** The definition of a scalar (rows.ts `InspectorScalar.key`); `cycled` by what one-cycle set. */
export function scalarSymbolKey(key: string, tex: string): SymbolKey | null {
  if (key === 'cycled') return tex === '\\beta_1' ? 'cycledBeta1' : 'cycledMu';
  return isSymbolKey(key) ? key : null;
}

const KEYS: ReadonlySet<string> = new Set<SymbolKey>([
  'grad',
  'gradUsed',
  'buf',
  'bufRmsprop',
  'direction',
  'sum',
  'c',
  'sign',
  'm',
  'mLion',
  'v',
  'vRho',
  'gradAvg',
  'vmax',
  'uPrev',
  'scale',
  'update',
  'u',
  'uAdamax',
  'mHat',
  'vHat',
  'denom',
  'denomRmsprop',
  'denomNadam',
  'adaptive',
  'decay',
  'delta',
  'effectiveLr',
  'lr',
  'cycledMu',
  'cycledBeta1',
  't',
  'clr',
  'bc1',
  'bc2',
  'mu',
  'muNext',
  'muProduct',
  'rhoInf',
  'rhoT',
  'r',
  'agree',
  'factor',
  'stepSize',
  'gKept',
  'ax',
  'vHatFactor',
  'uAdafactor',
  'stepScale',
  'hessianRow1',
  'hessianRow2',
  'newtonStep',
  'etaStep',
  'avgWeight',
  'newWeight',
  'rhoRel',
  'relativeStep',
  'clip',
  'lambdaMin',
  'lambdaMax',
  'z',
  'x',
  'lrK',
  'ckp1',
  'beta',
  'bufMuon',
  'mMuon',
  'vMuon',
  'muonDirection',
  'muonUpdate',
  'auxLr',
  'lbfgsDirection',
  'history',
  'hDiag',
  'gtd',
  'stepLength',
  'evaluations',
]);

const isSymbolKey = (key: string): key is SymbolKey => KEYS.has(key);
