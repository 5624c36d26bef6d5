/**
 * Every case of the hostile-input table (test/hostile-cases.ts) through its path's real function:
 * the expected message comes out, nothing throws out of the path, no prototype gains or loses a
 * key, and what the path yields is a valid scenario. A case that hangs (regex backtracking,
 * runaway recursion) fails by the test timeout; there are no timed asserts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../src/core/optimizers/hyperparams';
import { parseCsv } from '../src/scenario/csv';
import type { Scenario } from '../src/scenario/types';
import { validateScenario } from '../src/scenario/validate';
import { FIRST_VIEW } from '../src/state/defaults';
import { createAppStore, type AppStore } from '../src/state/store';
import { applyLink } from '../src/state/url-sync';
import { parseHyperparam } from '../src/ui/optimizers/format';
import { checkFormula } from '../src/ui/problems/formula-check';
import { withPoints } from '../src/ui/problems/csv-import';
import { openScenarioFile } from '../src/ui/share/open-file';
import { readSteps } from '../src/ui/timeline/steps';
import { casesOf, titleOf, type HostileCase, type Holds } from './hostile-cases';
import { guardPrototypes } from './prototype-guard';

guardPrototypes();

/** `messages` hold the expected one; null expects none at all. */
function expectMessage(messages: readonly string[], expected: HostileCase['expected']): void {
  if (expected === null) {
    expect(messages).toEqual([]);
    return;
  }
  const found = messages.some((m) =>
    typeof expected === 'string' ? m.includes(expected) : expected.test(m),
  );
  expect(found, `${String(expected)} in ${JSON.stringify(messages)}`).toBe(true);
}

/** The scenario is exactly what validation accepts, and what the case says about it holds. */
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

describe('hostile links (applyLink → decodeLink)', () => {
  it.each(casesOf('url').map((c) => [titleOf(c), c] as const))('%s', (_, c) => {
    const store: AppStore = createAppStore();
    expect(() => applyLink(store, `?${c.input}`)).not.toThrow();
    const state = store.getState();
    expectMessage(
      state.linkNotices.map((n) => n.text),
      c.expected,
    );
    expectValidScenario(state.scenario, c.holds);
  });
});

describe('hostile scenario files (openScenarioFile → importScenario)', () => {
  it.each(casesOf('json').map((c) => [titleOf(c), c] as const))('%s', async (_, c) => {
    const store: AppStore = createAppStore();
    const shown = store.getState().scenario;
    const name = c.fileName ?? 'evil.json';
    const opened = await openScenarioFile(store, new File([c.input], name));
    const state = store.getState();
    if (c.holds?.refused) {
      expect(opened).toBe(false);
      expect(state.scenario).toBe(shown);
      expectMessage([state.notice ?? ''], c.expected);
      return;
    }
    expect(opened).toBe(true);
    expect(state.notice).toBe(`Opened ${name}.`);
    expectMessage(
      state.linkNotices.map((n) => n.text),
      c.expected,
    );
    expectValidScenario(state.scenario, c.holds);
  });
});

describe('hostile formulas (checkFormula)', () => {
  it.each(casesOf('formula').map((c) => [titleOf(c), c] as const))('%s', (_, c) => {
    const check = checkFormula(c.input);
    if (c.expected === null) {
      expect(check.status).toBe('ok');
      if (check.status !== 'ok') return;
      expectValidScenario({ ...FIRST_VIEW, problem: { type: 'expression', expr: check.expr } });
      return;
    }
    expect(check.status).toBe('error');
    if (check.status !== 'error') return;
    expectMessage([check.message], c.expected);
    // The place marked lies within the text as typed.
    expect(check.position).toBeGreaterThanOrEqual(0);
    expect(check.position).toBeLessThanOrEqual(c.input.length);
  });
});

describe('hostile numbers (parseHyperparam, readSteps)', () => {
  it.each(casesOf('number').map((c) => [titleOf(c), c] as const))('%s', (_, c) => {
    if (c.field === 'steps') {
      const read = readSteps(c.input);
      expectMessage(read.message === null ? [] : [read.message], c.expected);
      if (c.holds?.refused) expect(read.steps).toBeNull();
      if (c.holds?.value !== undefined) {
        expect(read.steps).toBe(c.holds.value);
        expectValidScenario({ ...FIRST_VIEW, steps: read.steps! });
      }
      return;
    }
    const parsed = parseHyperparam(c.input, HYPERPARAMS[c.field]);
    expectMessage(parsed.ok ? [] : [parsed.message], c.expected);
    if (c.holds?.refused) expect(parsed.ok).toBe(false);
    if (c.holds?.value !== undefined) {
      expect(parsed).toEqual({ ok: true, value: c.holds.value });
      if (!parsed.ok) return;
      // Committed as the field does: into the second run (Adam) of the first view.
      const optimizers = FIRST_VIEW.optimizers.map((o, i) =>
        i === 1 ? { ...o, [c.field]: parsed.value } : o,
      );
      expectValidScenario({ ...FIRST_VIEW, optimizers });
    }
  });
});

describe('hostile CSV (parseCsv)', () => {
  it.each(casesOf('csv').map((c) => [titleOf(c), c] as const))('%s', (_, c) => {
    const result = parseCsv(c.input, c.kind);
    if (c.holds?.refused) {
      expect(result.ok).toBe(false);
      if (!result.ok) expectMessage(result.errors, c.expected);
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expectMessage(result.warnings, c.expected);
    if (c.holds?.points !== undefined) expect(result.points).toHaveLength(c.holds.points);
    const problem = withPoints(
      c.kind === 'regression' ? { type: 'linear-regression' } : { type: 'logistic-regression' },
      result.points,
    );
    expectValidScenario({ ...FIRST_VIEW, problem });
  });
});

describe('hostile command lines (src/cli/main.ts)', () => {
  const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const dir = mkdtempSync(join(tmpdir(), 'descent-hostile-'));

  function cli(args: string[], stdin?: string) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(TSX, ['src/cli/main.ts', ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });
  }

  it.each(casesOf('cli').map((c, i) => [titleOf(c), c, i] as const))('%s', async (_, c, i) => {
    let args = c.input;
    if (c.file !== undefined) {
      const path = join(dir, `case-${i}.json`);
      writeFileSync(path, c.file);
      args = args.map((arg) => (arg === '{file}' ? path : arg));
    }
    const { code, stdout, stderr } = await cli(args, c.stdin);
    expect(code).toBe(c.holds?.exitCode ?? 2);
    // Never a stack trace: every failure is one line naming the reason.
    expect(stderr).not.toMatch(/\n\s+at /);
    const lines = stderr.split('\n').filter(Boolean);
    expectMessage(lines, c.expected);
    if (code === 2) {
      expect(stdout).toBe('');
      expect(lines).toHaveLength(1);
    } else expect(stdout.length).toBeGreaterThan(0);
  });
});
