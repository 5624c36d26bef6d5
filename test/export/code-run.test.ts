/**
 * The exported scripts, run (issue 18, point 5; docs/code-export.md, "How it is checked"): every
 * scenario of code-scenarios.ts is exported for both targets, the scripts are run by a real
 * Python (`PYTHON`, default /usr/bin/python3) with `--json`, and every run's points, losses and
 * learning rates are compared with the core's `run()`.
 *
 * Tolerances, both 1e-9 in the max-norm relative error of `seriesError` (code-compare.ts):
 * - PyTorch: autograd evaluates each gradient in its own order (0.1·(2x) for 0.2x, mean losses
 *   by pairwise sums, softplus through log(exp(a) + exp(b))), and libm's sin or exp may round
 *   the last bit otherwise than V8's: each step differs from the core by a few units of 2⁻⁵²,
 *   which the runs here carry to at most 4e-11, most to 1e-16 (docs/code-export.md, "How
 *   exact"). 1e-9 leaves that margin for rounding and none for a wrong rule: a wrong ε
 *   placement, bias correction or schedule step is off by 1e-4 or more within a few steps.
 * - NumPy: the gradients are the core's own formulas in the core's order, so only libm and
 *   NumPy's summation order differ (at most 2.5e-14 measured, most runs bit for bit); the same
 *   1e-9 for the same reason.
 * Every point of every run is compared, and `divergedAt` too. A chaotic run (a preset that hops
 * between Rastrigin's dips, an MLP at a large lr) amplifies any rounding to O(1) whatever the
 * program: a run that departs must be one where the core's own run, restarted from θ₀ moved by
 * one rounding, departs from itself by more than 1e-12 (`comparableWindows`), and it must agree
 * up to that point. This file prints the runs compared so (two presets today).
 *
 * Runs when PYTHON imports torch and numpy; without them it fails in CI (`.ci/run` installs
 * Debian's python3-torch and python3-numpy) and is skipped elsewhere, saying why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAst } from '../../src/core/expression/ast';
import { DATA_DIR, loadDataSets } from '../../src/cli/data-files';
import { run } from '../../src/core/run';
import { exportCode, type CodeTarget } from '../../src/export/code';
import { toPython } from '../../src/export/code/expression';
import { pyFloat } from '../../src/export/code/python';
import { comparableWindows, pointsOf, seriesError, type ScriptRun } from './code-compare';
import { CODE_SCENARIOS } from './code-scenarios';
import { FORMULA_POINTS, randomFormulas } from './code-formulas';

const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const TOLERANCE = 1e-9;
/** A run is compared where a rounding of θ₀ moves the core's own run by less than this. */
const CONDITIONING = 1e-12;

const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { encoding: 'utf8' });
const available = probe.status === 0;
const why = `${PYTHON} cannot import torch and numpy (${(probe.stderr || String(probe.error)).trim().split('\n').pop()})`;

/**
 * Runs every script in one Python process (importing torch costs a second or two): each script
 * is executed as `__main__` with `sys.argv = [path, "--json"]`, as `python3 script.py --json`
 * would, and its output collected.
 */
const DRIVER = `
import contextlib, io, json, runpy, sys, traceback
results = {}
for path in sys.argv[1:]:
    out = io.StringIO()
    sys.argv = [path, "--json"]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(path, run_name="__main__")
        results[path] = {"ok": json.loads(out.getvalue())}
    except BaseException:
        results[path] = {"error": traceback.format_exc()}
sys.stdout.write(json.dumps(results))
`;

function python(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type Outcome = { ok: { runs: ScriptRun[] } } | { error: string };

/** Random formula trees (code-formulas.ts), evaluated by each target's Python text. */
const FORMULAS = randomFormulas(300, 7);

/** A script printing every formula's value at every point, as repr() strings. */
function formulaScript(target: CodeTarget): string {
  const torch = target === 'pytorch';
  const lines = [
    'import json, math',
    torch ? 'import torch' : 'import numpy as np',
    torch ? 'torch.set_default_dtype(torch.float64)' : 'np.seterr(all="ignore")',
    torch
      ? 'def sign(t): return torch.where(torch.isnan(t), t, torch.sign(t))'
      : 'def step(t): return np.heaviside(t, 0.5)',
    torch ? 'def step(t): return (sign(t) + 1) / 2' : '',
    `POINTS = [${FORMULA_POINTS.map((point) => `[${point.map(pyFloat).join(', ')}]`).join(', ')}]`,
    'FORMULAS = [',
    ...FORMULAS.map((tree) => `    lambda x, y: ${toPython(tree, torch ? 'torch' : 'numpy')},`),
    ']',
    `wrap = ${torch ? 'torch.tensor' : 'np.float64'}`,
    'print(json.dumps([[repr(float(f(wrap(a), wrap(b)))) for a, b in POINTS] for f in FORMULAS]))',
  ];
  return `${lines.join('\n')}\n`;
}

/** A float as Python's repr() writes it. */
const fromRepr = (text: string): number =>
  text === 'nan' ? NaN : text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);

const TARGETS: readonly CodeTarget[] = ['pytorch', 'numpy'];
const names = Object.keys(CODE_SCENARIOS);
/** The largest error seen per target and series, for the report at the end. */
const observed: Record<CodeTarget, { trajectory: number; loss: number; lr: number }> = {
  pytorch: { trajectory: 0, loss: 0, lr: 0 },
  numpy: { trajectory: 0, loss: 0, lr: 0 },
};
const truncated: string[] = [];

/** Where the scripts and their outputs are, filled by `runEverything`. */
const dir = mkdtempSync(join(tmpdir(), 'descent-code-'));
const pathOf = (target: CodeTarget, i: number) => join(dir, `${target}-${i}.py`);
const formulasOf = (target: CodeTarget) => join(dir, `${target}-formulas.py`);
const outcomes: Record<CodeTarget, Record<string, Outcome>> = { pytorch: {}, numpy: {} };
const formulaValues: Partial<Record<CodeTarget, string[][]>> = {};
let standalone = { json: '', text: '' };

/**
 * Writes every script and runs them: each target's in one process, both side by side (2 cores),
 * and one script on its own, with and without --json, as a user would run it.
 */
async function runEverything(): Promise<void> {
  // The shipped data sets: for run() here, and beside the scripts, which read them (issue 22).
  await loadDataSets();
  for (const file of readdirSync(DATA_DIR)) copyFileSync(join(DATA_DIR, file), join(dir, file));
  const driver = join(dir, 'driver.py');
  writeFileSync(driver, DRIVER);
  for (const target of TARGETS) {
    writeFileSync(formulasOf(target), formulaScript(target));
    names.forEach((name, i) =>
      writeFileSync(pathOf(target, i), exportCode(CODE_SCENARIOS[name]!, target)),
    );
  }
  const scripts = (target: CodeTarget) => [
    formulasOf(target),
    ...names.map((_, i) => pathOf(target, i)),
  ];
  const [torchOut, numpyOut, json, text] = await Promise.all([
    python([driver, ...scripts('pytorch')]),
    python([driver, ...scripts('numpy')]),
    python([pathOf('numpy', 0), '--json']),
    python([pathOf('numpy', 0)]),
  ]);
  for (const [target, out] of [
    ['pytorch', torchOut],
    ['numpy', numpyOut],
  ] as const) {
    if (out.code !== 0) throw new Error(`the ${target} driver failed: ${out.stderr}`);
    const byPath = JSON.parse(out.stdout) as Record<string, Outcome>;
    names.forEach((name, i) => (outcomes[target][name] = byPath[pathOf(target, i)]!));
    const formulas = byPath[formulasOf(target)] as { ok: string[][] } | { error: string };
    if ('error' in formulas) throw new Error(`the ${target} formulas failed: ${formulas.error}`);
    formulaValues[target] = formulas.ok;
  }
  standalone = { json: json.stdout, text: text.stdout };
}

function reportObserved(): void {
  const line = (target: CodeTarget) =>
    Object.entries(observed[target])
      .map(([series, error]) => `${series} ${error.toExponential(1)}`)
      .join(', ');
  const chaotic = truncated.length
    ? `\ncompared up to where the core is chaotic: ${truncated.join('; ')}`
    : '';
  console.log(`largest errors — PyTorch: ${line('pytorch')}; NumPy: ${line('numpy')}${chaotic}`);
}

/** Every run of a scenario, both targets, against run(). */
function expectReproduced(name: string): void {
  const scenario = CODE_SCENARIOS[name]!;
  const expected = run(scenario);
  let windows: number[] | undefined;
  for (const target of TARGETS) {
    const outcome = outcomes[target][name]!;
    if ('error' in outcome) throw new Error(`${target} script failed:\n${outcome.error}`);
    expect(outcome.ok.runs).toHaveLength(expected.length);
    expected.forEach((want, r) => {
      const got = outcome.ok.runs[r]!;
      const where = `${target}, run ${r + 1} (${want.optimizer.type})`;
      const errorsOver = (points: number) => ({
        trajectory: seriesError(got.trajectory.flat(), want.trajectory, want.dim, points),
        loss: seriesError(got.loss, want.loss, 1, points),
        lr: seriesError(got.lr, want.lr, 1, Math.min(points, want.lr.length)),
      });
      let errors = errorsOver(pointsOf(want));
      const whole =
        Object.values(errors).every((error) => error <= TOLERANCE) &&
        got.divergedAt === want.divergedAt &&
        got.loss.length === pointsOf(want) &&
        got.lr.length === want.lr.length;
      if (!whole) {
        // Only a run the core itself shows to be chaotic may depart, and only where it is.
        windows ??= comparableWindows(scenario, CONDITIONING);
        const window = windows[r]!;
        expect(window, `${where} departs from run() but is not chaotic`).toBeLessThan(
          pointsOf(want),
        );
        errors = errorsOver(window);
        if (target === 'pytorch')
          truncated.push(`${name}, run ${r + 1}: ${window} of ${pointsOf(want)} points`);
      }
      for (const [series, error] of Object.entries(errors)) {
        const key = series as keyof typeof errors;
        observed[target][key] = Math.max(observed[target][key], error);
        expect(error, `${where}: ${series}`).toBeLessThanOrEqual(TOLERANCE);
      }
    });
  }
}

function scriptsRunByPython(): void {
  beforeAll(runEverything, 300_000);
  afterAll(reportObserved);

  it('python3 script.py --json prints what the batch driver printed; without it, a line per run', () => {
    const first = CODE_SCENARIOS[names[0]!]!;
    expect(JSON.parse(standalone.json)).toEqual((outcomes.numpy[names[0]!] as { ok: unknown }).ok);
    const lines = standalone.text.trim().split('\n');
    expect(lines).toHaveLength(first.optimizers.length);
    for (const line of lines) expect(line).toMatch(/^.+: θ = \(.+\), f = \S+/);
  });

  it('every formula, written for torch and for NumPy, computes the core’s very value (300 random trees)', () => {
    for (const target of TARGETS) {
      FORMULAS.forEach((tree, i) => {
        FORMULA_POINTS.forEach(([x, y], p) => {
          const got = fromRepr(formulaValues[target]![i]![p]!);
          const want = evaluateAst(tree, x, y);
          // +0 and −0 count as equal: NumPy's maximum(0.0, -0.0) is either, as the CPU's SIMD
          // max returns it (JavaScript's Math.max says +0).
          const same = got === want || (Number.isNaN(got) && Number.isNaN(want));
          expect(
            same,
            `${target}: ${toPython(tree, 'plain')} at (${x}, ${y}): ${got} ≠ ${want}`,
          ).toBe(true);
        });
      });
    }
  });

  for (const name of names)
    it(`${name}: both scripts reproduce run()`, () => expectReproduced(name));
}

if (available) describe('the exported scripts, run by Python', scriptsRunByPython);

// Without Python: a failure in CI, which must check the scripts; elsewhere a skip saying why.
if (!available && process.env.CI) {
  describe('the exported scripts in CI', () => {
    it('need Python with torch and numpy (.ci/run installs python3-torch and python3-numpy)', () => {
      throw new Error(why);
    });
  });
} else if (!available) {
  describe.skip(`the exported scripts (skipped: ${why})`, () => {
    it('run when Python with torch and numpy is installed', () => {});
  });
}
