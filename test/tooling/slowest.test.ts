import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (test/run-all.mjs imports it), no type declarations.
import { slowestReport, testDurations } from '../slowest.mjs';

/** The shape of Playwright's JSON report that the script reads: suites nest, specs hold tests. */
const report = {
  suites: [
    {
      file: 'a.spec.ts',
      specs: [
        { file: 'a.spec.ts', line: 3, title: 'quick', tests: [{ results: [{ duration: 100 }] }] },
        {
          file: 'a.spec.ts',
          line: 9,
          title: 'repeated',
          tests: [{ results: [{ duration: 2_000 }] }, { results: [{ duration: 3_000 }] }],
        },
      ],
      suites: [
        {
          title: 'described',
          specs: [{ line: 20, title: 'nested', tests: [{ results: [{ duration: 4_000 }] }] }],
        },
      ],
    },
    {
      file: 'b.spec.ts',
      specs: [
        { file: 'b.spec.ts', line: 1, title: 'slow', tests: [{ results: [{ duration: 7_000 }] }] },
      ],
    },
  ],
};

describe('the slowest e2e tests and files', () => {
  it('reads every test of nested suites, with its file', () => {
    const rows = testDurations(report) as { file: string; title: string; ms: number }[];
    expect(rows.map((r) => `${r.file} ${r.title} ${r.ms}`)).toEqual([
      'a.spec.ts quick 100',
      'a.spec.ts repeated 2000',
      'a.spec.ts repeated 3000',
      'a.spec.ts nested 4000',
      'b.spec.ts slow 7000',
    ]);
  });

  it('ranks tests and files by time', () => {
    const lines = slowestReport(report, 2) as string[];
    expect(lines[0]).toContain('of 5, 16.1 s');
    expect(lines[1]).toMatch(/7\.0 s {2}b\.spec\.ts:1 {2}slow$/);
    expect(lines[2]).toMatch(/4\.0 s {2}a\.spec\.ts:20 {2}nested$/);
    // a.spec.ts: 0.1 + 2 + 3 + 4 = 9.1 s, ahead of b.spec.ts's 7 s.
    expect(lines.slice(4)).toEqual(['   9.1 s  a.spec.ts', '   7.0 s  b.spec.ts']);
  });
});
