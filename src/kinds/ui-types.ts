/**
 * What a problem kind declares for the screen (its `ui.ts`, registered in ui-registry.ts). A
 * leaf of types, so that the kinds' UI descriptors and the modules that read them
 * (src/ui/charts/tabs.ts, src/ui/problems/catalog.ts, src/i18n/problem-text.ts) import no cycle.
 */
import type { ProblemInfo } from '../core/problems/types';
import type { ProblemText, ProblemsZh } from '../i18n/problems.zh';
import type { ChartMode } from '../state/chart-modes';
import type { ProblemSpec } from './registry';

/** One card of the problem picker. */
export interface ProblemEntry {
  /** Unique key: the function's name, or the kind's type. */
  key: string;
  title: string;
  /** Plain-Unicode formula; empty when the problem has none to show. */
  formula: string;
  /** The one-sentence teaching note (docs/functions.md, "Teaching notes"). */
  note: string;
  /** The problem spec that choosing this card sets. */
  spec: ProblemSpec;
  /**
   * What the card's picture is: a painted surface from the worker, a drawing of the
   * regression's data, a classifier's two classes, or a table of labelled rows.
   */
  thumbnail: 'surface' | 'data' | 'classes' | 'table';
  /** Where the card's data come from, with their licence (the shipped data sets, issue 22). */
  credit?: string;
}

/** A chart tab a kind adds, and the key of its words in src/i18n/en.ts (`chart.<words>`). */
export interface KindTab {
  id: Exclude<ChartMode, 'table'>;
  words?: string;
}

export interface KindUi {
  /**
   * The tabs the kind adds after loss and ‖∇f‖, before the table of runs and the lab's tabs
   * (src/ui/charts/tabs.ts). The Data tab shows the panel of the kind's data capability
   * (src/ui/problems/DataPanel.tsx: the regression's fit or ClassifierPanel).
   */
  readonly chartTabs: readonly KindTab[];
  /** The picker's cards of this kind (src/ui/problems/catalog.ts); none for typed formulas. */
  catalog(): ProblemEntry[];
  /**
   * The title and note in Chinese of a problem of this kind, from its English info and the
   * Chinese tables (passed in: they load with the Chinese chunk, docs/i18n.md).
   */
  textZh(info: Pick<ProblemInfo, 'name' | 'title' | 'note'>, zh: ProblemsZh): ProblemText | null;
}
