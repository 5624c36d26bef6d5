// The slowest end-to-end tests and spec files of a Playwright JSON report (docs/testing.md):
// where CI's time goes. `node test/slowest.mjs [report.json] [count]`; run-all.mjs prints it after
// the e2e stage.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Every test's file, title and total duration (all its attempts and repeats), in ms. */
export function testDurations(report) {
  const rows = [];
  const walk = (suite, file) => {
    const here = suite.file ?? file;
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        const ms = (test.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0);
        rows.push({ file: spec.file ?? here, line: spec.line, title: spec.title, ms });
      }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file);
  return rows;
}

/** Lines of text: the `count` slowest tests, then the `count` slowest files. */
export function slowestReport(report, count = 10) {
  const rows = testDurations(report);
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  const byFile = new Map();
  for (const row of rows) byFile.set(row.file, (byFile.get(row.file) ?? 0) + row.ms);
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  return [
    `slowest ${count} tests (of ${rows.length}, ${seconds(total).trim()} of test time in all):`,
    ...[...rows]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, count)
      .map((r) => `${seconds(r.ms)}  ${r.file}:${r.line}  ${r.title}`),
    `slowest ${count} spec files:`,
    ...[...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([file, ms]) => `${seconds(ms)}  ${file}`),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? 'test-results/playwright.json';
  if (!existsSync(file)) {
    console.error(`no report at ${file}: run the e2e tests first`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  console.log(slowestReport(report, Number(process.argv[3] ?? 10)).join('\n'));
}
