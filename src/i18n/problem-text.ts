/**
 * A problem's title and note in the language shown. The core keeps its English (the CLI, links
 * and tests read it); in Chinese the built-in functions are looked up by name and the models'
 * titles, which name their data and shape, are rebuilt from the English ones.
 */
import type { ProblemInfo } from '../core/problems';
import { currentLang } from '.';
import { FUNCTIONS_ZH, GENERATORS_ZH, MODELS_ZH, type ProblemText } from './problems.zh';

/** The title and note of a problem as `info` describes it, in the current language. */
export function problemText(info: Pick<ProblemInfo, 'name' | 'title' | 'note'>): ProblemText {
  if (currentLang() === 'en') return { title: info.title, note: info.note };
  return problemTextZh(info) ?? { title: info.title, note: info.note };
}

/** The Chinese title and note, or null for a problem without a translation. */
export function problemTextZh(
  info: Pick<ProblemInfo, 'name' | 'title' | 'note'>,
): ProblemText | null {
  const fn = FUNCTIONS_ZH[info.name];
  if (fn) return fn;
  switch (info.name) {
    case 'expression':
      return MODELS_ZH.expression;
    case 'linear-regression':
      return {
        title: info.title.includes('your data')
          ? MODELS_ZH.linearRegressionOwn.title
          : MODELS_ZH.linearRegression.title,
        note: MODELS_ZH.linearNote,
      };
    case 'logistic-regression': {
      const source = /^Logistic regression on (.+)$/.exec(info.title)?.[1] ?? '';
      return { title: `逻辑回归 · ${dataName(source)}`, note: MODELS_ZH.logisticNote };
    }
    case 'mlp': {
      const match = /^MLP (\S+) \((\w+)\) on (.+)$/.exec(info.title);
      const title = match ? `MLP ${match[1]}（${match[2]}）· ${dataName(match[3]!)}` : info.title;
      return { title, note: MODELS_ZH.mlpNote };
    }
    default:
      return null;
  }
}

function dataName(source: string): string {
  return (GENERATORS_ZH as Record<string, string>)[source] ?? source;
}
