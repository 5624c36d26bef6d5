/**
 * The cases of cases-decode.ts through each path's real function, checked as
 * test/hostile-inputs.test.ts checks its table: the expected message, a valid scenario, what
 * holds afterwards, and no prototype touched.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/scenario/csv';
import type { Scenario } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';
import { createAppStore } from '../../src/state/store';
import { applyLink } from '../../src/state/url-sync';
import { checkFormula } from '../../src/ui/problems/formula-check';
import { openScenarioFile } from '../../src/ui/share/open-file';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { titleOf, type HostileCase, type Holds } from '../hostile-cases';
import { DECODE_CASES } from './cases-decode';

const keysOf = () => Reflect.ownKeys(Object.prototype).map(String).sort();
let before: string[];
beforeEach(() => (before = keysOf()));
afterEach(() => expect(keysOf()).toEqual(before));

function expectMessage(messages: readonly string[], expected: HostileCase['expected']): void {
  if (expected === null) return void expect(messages).toEqual([]);
  const found = messages.some((m) =>
    typeof expected === 'string' ? m.includes(expected) : expected.test(m),
  );
  expect(found, `${String(expected)} in ${JSON.stringify(messages)}`).toBe(true);
}

function expectValidScenario(scenario: Scenario, holds: Holds = {}): void {
  const checked = validateScenario(JSON.parse(JSON.stringify(scenario)));
  expect(checked.ok, JSON.stringify(checked.ok ? null : checked.errors)).toBe(true);
  if (holds.steps !== undefined) expect(scenario.steps).toBe(holds.steps);
  if (holds.runs !== undefined) expect(scenario.optimizers).toHaveLength(holds.runs);
  if (holds.label !== undefined) expect(scenario.optimizers[0]!.label).toBe(holds.label);
  if (holds.problem !== undefined) {
    const { problem } = scenario;
    expect(problem.type === 'function' ? problem.name : problem.type).toBe(holds.problem);
  }
}

describe('issue 23 decode cases', () => {
  it.each(DECODE_CASES.map((c) => [titleOf(c), c] as const))('%s', async (_, c) => {
    switch (c.path) {
      case 'url': {
        const store = createAppStore();
        expect(() => applyLink(store, `?${c.input}`)).not.toThrow();
        const state = store.getState();
        expectMessage(state.linkNotices, c.expected);
        expectValidScenario(state.scenario, c.holds);
        // The link the address bar then shows reopens to itself, without a word.
        const shown = encodeLink(decodeLink(c.input).state);
        expect(decodeLink(shown).notices).toEqual([]);
        expect(encodeLink(decodeLink(shown).state)).toBe(shown);
        return;
      }
      case 'json': {
        const store = createAppStore();
        expect(await openScenarioFile(store, new File([c.input], 'evil.json'))).toBe(true);
        const state = store.getState();
        expect(state.notice).toBe('Opened evil.json.');
        expectMessage(state.linkNotices, c.expected);
        expectValidScenario(state.scenario, c.holds);
        return;
      }
      case 'csv': {
        const result = parseCsv(c.input, c.kind);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expectMessage(result.warnings, c.expected);
        if (c.holds?.points !== undefined) expect(result.points).toHaveLength(c.holds.points);
        return;
      }
      case 'formula': {
        const check = checkFormula(c.input);
        expect(check.status).toBe('error');
        if (check.status === 'error') expectMessage([check.message], c.expected);
        return;
      }
      default:
        throw new Error(`no runner for ${c.path}`);
    }
  });
});
