/**
 * A problem's title and note in the language shown. The core keeps its English (the CLI, links
 * and tests read it); in Chinese the built-in functions are looked up by name and the models'
 * titles, which name their data and shape, are rebuilt from the English ones. The Chinese tables
 * come with the Chinese chunk (load.ts), which is loaded whenever Chinese is shown.
 */
import type { ProblemInfo } from '../core/problems';
import { currentLang } from '.';
import { problemsZh } from './load';
import type { ProblemText, ProblemsZh } from './problems.zh';
import { kindUiOfInfoName } from '../kinds/ui-registry';

/** The title and note of a problem as `info` describes it, in the current language. */
export function problemText(info: Pick<ProblemInfo, 'name' | 'title' | 'note'>): ProblemText {
  if (currentLang() === 'en') return { title: info.title, note: info.note };
  return problemTextZh(info) ?? { title: info.title, note: info.note };
}

/**
 * The Chinese title and note, or null for a problem without a translation or before the Chinese
 * tables (`zh`, the loaded ones by default) are loaded.
 */
export function problemTextZh(
  info: Pick<ProblemInfo, 'name' | 'title' | 'note'>,
  zh: ProblemsZh | null = problemsZh(),
): ProblemText | null {
  // Each kind rebuilds its own (src/kinds/<kind>/ui.ts); a function is looked up by name.
  return zh && kindUiOfInfoName(info.name).textZh(info, zh);
}
