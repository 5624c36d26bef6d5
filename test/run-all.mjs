#!/usr/bin/env node
// `npm test`: every check in one go: typecheck, lint (ESLint + Prettier), unit tests (vitest),
// end-to-end tests (Playwright in Chromium). Every stage runs even when an earlier one fails, so
// one run shows everything that is wrong; the exit code is non-zero if anything failed. The last
// line is `N passed, N failed` over all stages (typecheck and lint count as one check each), and
// is also written to test-results/summary.txt for .ci/run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { slowestReport } from './slowest.mjs';

const RESULTS = 'test-results';
const VITEST_JSON = `${RESULTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;
mkdirSync(RESULTS, { recursive: true });
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

function sh(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/**
 * Runs a check with its output kept, resolving to whether it passed. The static checks run side
 * by side: each is one single-threaded process, so on CI's 2 cores three of them take the time of
 * the longest rather than their sum (about 30 s saved); their outputs are printed one after the
 * other, as if they had run in turn.
 */
function shQuiet(title, command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (ok) => done({ title, command: `${command} ${args.join(' ')}`, output, ok });
    child.on('error', (error) => (output.push(Buffer.from(String(error))), finish(false)));
    child.on('close', (code) => finish(code === 0));
  });
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

const started = Date.now();
const stages = [];
const check = (name, ok) => stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

const [typecheck, lint, format] = await Promise.all([
  shQuiet('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']),
  shQuiet('lint', 'npx', ['eslint', '.']),
  shQuiet('format', 'npx', ['prettier', '--check', '.']),
]);
for (const stage of [typecheck, lint, format]) {
  console.log(`\n▶ ${stage.title}: ${stage.command}`);
  process.stdout.write(Buffer.concat(stage.output));
}
check('typecheck', typecheck.ok);
check('lint', lint.ok && format.ok);

const unitOk = sh('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const unit = readJson(VITEST_JSON);
stages.push(
  unit
    ? {
        name: 'unit',
        passed: unit.numPassedTests,
        failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1),
      }
    : { name: 'unit', passed: 0, failed: 1 },
);

const e2eOk = sh('end-to-end tests', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
});
const e2e = readJson(PLAYWRIGHT_JSON);
// Where the e2e stage's time went, so that CI's log shows what to speed up (docs/testing.md).
if (e2e?.suites) console.log('\n' + slowestReport(e2e).join('\n'));
if (e2e?.stats) {
  const failed = e2e.stats.unexpected + e2e.stats.flaky + (e2e.errors?.length ?? 0);
  stages.push({ name: 'e2e', passed: e2e.stats.expected, failed: failed || (e2eOk ? 0 : 1) });
} else stages.push({ name: 'e2e', passed: 0, failed: 1 });

const passed = stages.reduce((sum, s) => sum + s.passed, 0);
const failed = stages.reduce((sum, s) => sum + s.failed, 0);
console.log(`\nnpm test took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
console.log(
  '\n' + stages.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join('\n'),
);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${RESULTS}/summary.txt`, summary + '\n');
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
