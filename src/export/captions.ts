/**
 * The words of exported pictures: titles, subtitles and legend entries, in the language shown
 * when the picture is made (the words are under `export.*` in src/i18n/en-export.ts; TEXT
 * reads them when used, so a language change applies to the next export).
 */
import { t } from '../i18n';
import '../i18n/en-export'; // its words load with this chunk (docs/i18n.md)
import type { OptimizerSpec } from '../scenario/types';
import type { LegendRun } from './legend';

export const TEXT = {
  get landscape(): string {
    return t('export.landscape');
  },
  runs: (n: number) => t('export.runs', { count: n }),
  steps: (n: number) => t('export.steps', { steps: n.toLocaleString('en-US') }),
  stepShown: (step: number) => t('export.stepShown', { step: step.toLocaleString('en-US') }),
  get scale(): Readonly<Record<'log' | 'linear' | 'symlog', string>> {
    return {
      log: t('export.scaleLog'),
      linear: t('export.scaleLinear'),
      symlog: t('export.scaleSymlog'),
    };
  },
  madeWith: 'Descent',
  stepCounter: (step: number, steps: number) =>
    t('export.stepCounter', {
      step: step.toLocaleString('en-US'),
      steps: steps.toLocaleString('en-US'),
    }),
};

/** `Rosenbrock function — loss landscape`. */
export function exportTitle(problemTitle: string, what: string): string {
  return `${problemTitle} — ${what}`;
}

/** `3 runs · 500 steps · shown at step 120 · Descent`. */
export function exportSubtitle(runs: number, steps: number, step: number | null): string {
  const parts: string[] = [TEXT.runs(runs), TEXT.steps(steps)];
  if (step !== null) parts.push(TEXT.stepShown(step));
  parts.push(TEXT.madeWith);
  return parts.join(' · ');
}

/**
 * The runs a legend lists: visible ones in run order, or only `only` (a view of the selected
 * run: the data panel, the sensitivity maps).
 */
export function legendRuns(
  optimizers: readonly Pick<OptimizerSpec, 'hidden'>[],
  runInfo: (index: number) => LegendRun,
  only: number | null = null,
): LegendRun[] {
  const runs: LegendRun[] = [];
  optimizers.forEach((spec, index) => {
    if (only !== null ? index === only : !spec.hidden) runs.push(runInfo(index));
  });
  return runs;
}
