/**
 * What the table classifiers' UI descriptors share (issue 22): their tabs, their picker cards
 * (one per shipped set they offer, credited with its licence) and their Chinese titles.
 */
import { describeProblem } from '../core/problems';
import { creditLine, DATA_SETS } from '../core/data/sets';
import type { ProblemText, ProblemsZh } from '../i18n/problems.zh';
import type { DataSetName } from '../scenario/table-types';
import { CLASSIFIER_TABS } from './classifier-ui';
import { kindOf, type TableSpec } from './registry';
import type { KindTab, ProblemEntry } from './ui-types';

/** Accuracy (training and validation) before the Data tab, as the classifiers have them. */
export const TABLE_TABS: readonly KindTab[] = CLASSIFIER_TABS;

/** The key of a table classifier's card: its type and set (`softmax-mlp:digits`). */
export function tableEntryKey(type: string, set: DataSetName | 'rows'): string {
  return `${type}:${set}`;
}

/** What a table classifier's spec is fitted to: the user's rows, or a shipped set. */
export function tableSource(spec: TableSpec): DataSetName | 'rows' {
  if (spec.data?.points?.length) return 'rows';
  return spec.data?.set ?? kindOf(spec).defaultSet ?? 'digits';
}

/** A card: the kind on a shipped set, its spec naming the set, its credit under it. */
export function tableEntry(spec: TableSpec & { data: { set: DataSetName } }): ProblemEntry {
  const { title, formula, note } = describeProblem(spec).info;
  const set = DATA_SETS[spec.data.set];
  return {
    key: tableEntryKey(spec.type, spec.data.set),
    title,
    formula,
    note,
    spec,
    thumbnail: 'table',
    credit: creditLine(set),
  };
}

/**
 * The Chinese title of a table classifier from its English one: "MLP 64-32-10 (relu) on digits"
 * → "MLP 64-32-10（relu）· 手写数字", "Softmax regression on iris" → "Softmax 回归 · 鸢尾花".
 */
export function tableTextZh(title: string, zh: ProblemsZh): ProblemText {
  const set = (name: string) => zh.tables.sets[name] ?? name;
  const mlp = /^MLP (\S+) \((\w+)\) on (.+)$/.exec(title);
  if (mlp) return { title: `MLP ${mlp[1]}（${mlp[2]}）· ${set(mlp[3]!)}`, note: zh.tables.mlpNote };
  const on = /^Softmax regression on (.+)$/.exec(title)?.[1] ?? '';
  return { title: `${zh.tables.softmaxTitle} · ${set(on)}`, note: zh.tables.softmaxNote };
}
