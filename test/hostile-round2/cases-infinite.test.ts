/** The class-8 cases of cases-infinite.ts through the real link decoder and formula check. */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-sync';
import { checkFormula } from '../../src/ui/problems/formula-check';
import { INFINITE_CASES } from './cases-infinite';

describe('infinite-value cases (issue 23, class 8)', () => {
  it.each(INFINITE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    if (c.path === 'formula') {
      expect(checkFormula(c.input).status).toBe(c.expected === null ? 'ok' : 'error');
      return;
    }
    if (c.path !== 'url') throw new Error(`no runner for ${c.path}`);
    const store = createAppStore();
    applyLink(store, `?${c.input}`);
    const { linkNotices, scenario } = store.getState();
    if (c.expected === null) expect(linkNotices).toEqual([]);
    else expect(linkNotices.join('\n')).toContain(c.expected);
    const { problem } = scenario;
    if (c.holds?.problem)
      expect(problem.type === 'function' ? problem.name : problem.type).toBe(c.holds.problem);
    if (c.holds?.steps !== undefined) expect(scenario.steps).toBe(c.holds.steps);
    if (c.holds?.runs !== undefined) expect(scenario.optimizers).toHaveLength(c.holds.runs);
  });
});
