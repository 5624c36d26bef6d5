/** What the classifiers' UI descriptors share: their tabs and their picker card. */
import { describeProblem } from '../core/problems';
import type { ProblemsZh } from '../i18n/problems.zh';
import type { ClassifierSpec } from './registry';
import type { KindTab, ProblemEntry } from './ui-types';

/** Accuracy before the Data tab, which takes the classifiers' own words. */
export const CLASSIFIER_TABS: readonly KindTab[] = [
  { id: 'accuracy' },
  { id: 'data', words: 'classifierData' },
];

/** A classifier's card: its default spec, drawn as its two classes. */
export function classifierEntry(type: ClassifierSpec['type']): ProblemEntry {
  const spec = { type } as ClassifierSpec;
  const { title, formula, note } = describeProblem(spec).info;
  return { key: type, title, formula, note, spec, thumbnail: 'classes' };
}

/** A dataset's name in Chinese, as a classifier's title names it. */
export function dataNameZh(source: string, zh: ProblemsZh): string {
  return (zh.generators as Record<string, string>)[source] ?? source;
}
