/**
 * Class 3 of issue 23: CSV export wrote formulas. For any run label, every CSV the app
 * (trajectoriesCsv) or the command line (formatCsv, `descent run … --format csv`) writes parses
 * back (by d3-dsv, an independent RFC 4180 reader) to the label's text, with a leading `'` where
 * a spreadsheet would run it, and no cell starts with = + - @ tab CR LF unless it is a number we
 * wrote (a negative coordinate stays `-1.5`: data, not text).
 */
import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/command';
import { formatCsv } from '../../src/cli/format';
import { run, type RunResult } from '../../src/core/run';
import { csvText } from '../../src/export/safe-text';
import { trajectoriesCsv } from '../../src/export/trajectories';
import type { Scenario } from '../../src/scenario/types';
import { FORMULA_STARTS, hostileText, isXmlChar, replacing } from './hostile-text';

const scenario: Scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  // Negative coordinates: numbers starting with "-" that must stay numbers.
  start: [-1.5, -2],
  steps: 3,
  seed: 1,
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.1 },
  ],
};
const results = run(scenario);

/** What a spreadsheet could run: a formula character first, or after leading white space. */
function startsLikeFormula(cell: string): boolean {
  return FORMULA_STARTS.includes(cell[0] ?? '') || /^\s*[=+\-@＝＋－＠]/u.test(cell);
}

/**
 * What a CSV cell keeps of `text`: XML 1.0's characters but DEL and the C1 controls, with each
 * line break (CRLF, CR, LF) a space.
 */
const csvChars = (text: string) =>
  replacing(text, (cp) => isXmlChar(cp) && !(cp >= 0x7f && cp <= 0x9f)).replace(
    /\r\n|[\r\n]/g,
    ' ',
  );

/** A cell's text as the writer promises it: what a CSV keeps, and `'` before a formula. */
function expectedCell(text: string): string {
  const clean = csvChars(text);
  return startsLikeFormula(clean) ? `'${clean}` : clean;
}

/** Data rows of a CSV (comment lines left out), parsed by d3-dsv. */
function rowsOf(csv: string): string[][] {
  const body = csv
    .split(/(?<=\n)/)
    .filter((line) => !line.startsWith('#'))
    .join('');
  return csvParseRows(body);
}

/** Every cell but those of `textColumns` is a number we wrote (or empty), and only those. */
function expectSafeCells(rows: string[][], textColumns: readonly number[]): void {
  for (const row of rows.slice(1)) {
    row.forEach((cell, column) => {
      if (textColumns.includes(column)) expect(startsLikeFormula(cell)).toBe(false);
      else expect(cell === '' || String(Number(cell)) === cell).toBe(true);
    });
  }
  for (const cell of rows[0]!) expect(startsLikeFormula(cell)).toBe(false);
}

const withLabels = (labels: readonly string[]): RunResult[] =>
  results.map((result, i) => ({
    ...result,
    optimizer: { ...result.optimizer, label: labels[i]! },
  }));

describe('CSV injection (issue 23, class 3)', () => {
  it('csvText: any text reads back as itself, neutralised, and never starts a formula', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const cell = csvText(text);
        const [row] = csvParseRows(`${cell},end`);
        expect(row).toEqual([expectedCell(text), 'end']);
        // Prefixed and quoted (OWASP), as the raw text shows.
        if (startsLikeFormula(csvChars(text))) expect(cell.startsWith(`"'`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a line break before `#` in a name never starts a line a comment-skipping reader drops', () => {
    expect(csvText('\n#')).toBe(' #');
    expect(csvText('a\r\n#b')).toBe('a #b');
  });

  it('the app’s trajectories CSV: every label reads back neutralised; numbers stay numbers', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText(), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (names, model) => {
          const plane = model
            ? { results, axes: ['PC 1', 'PC 2'] as const, parameters: 337 }
            : undefined;
          const accuracy = model
            ? results.map((r) => new Float64Array(r.loss.length).fill(0.5))
            : null;
          const csv = [
            ...trajectoriesCsv(results, { names, ...(plane ? { plane } : {}), accuracy }),
          ].join('');
          const rows = rowsOf(csv);
          expect(rows).toHaveLength(1 + results.length * (scenario.steps + 1));
          for (const row of rows.slice(1)) {
            expect(row[1]).toBe(expectedCell(names[Number(row[0])]!));
            expect(row[2]).toBe(results[Number(row[0])]!.optimizer.type);
          }
          expectSafeCells(rows, [1, 2]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the command line’s CSV (formatCsv): every label reads back neutralised', () => {
    fc.assert(
      fc.property(fc.array(hostileText(), { minLength: 2, maxLength: 2 }), (labels) => {
        const rows = rowsOf([...formatCsv(withLabels(labels))].join(''));
        expect(rows).toHaveLength(1 + results.length * (scenario.steps + 1));
        for (const row of rows.slice(1)) expect(row[1]).toBe(expectedCell(labels[Number(row[0])]!));
        expectSafeCells(rows, [1]);
      }),
      { numRuns: 300 },
    );
  });

  it('`descent run FILE --format csv` (in-process): labels of a file come out neutralised', () => {
    const dir = mkdtempSync(join(tmpdir(), 'descent-csv-'));
    fc.assert(
      fc.property(hostileText(6), (label) => {
        const file = join(dir, 'scenario.json');
        writeFileSync(file, JSON.stringify({ ...scenario, optimizers: [{ type: 'adam', label }] }));
        let stdout = '';
        const code = runCommand(['run', file, '--format', 'csv'], {
          stdout: (text) => (stdout += text),
          stderr: () => {},
        });
        // A label validation refuses (too long, say) is an error message, not a CSV.
        if (code !== 0) return;
        const rows = rowsOf(stdout);
        for (const row of rows.slice(1)) expect(row[1]).toBe(expectedCell(label));
        expectSafeCells(rows, [1]);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the issue’s example prefixed and quoted, and negative numbers as numbers', () => {
    const csv = [...formatCsv(withLabels(['=HYPERLINK("http://x","y")', '-1+2']))].join('');
    const lines = csv.split('\n');
    expect(lines[1]).toBe(
      `0,"'=HYPERLINK(""http://x"",""y"")",0,-1.5,-2,${results[0]!.loss[0]},${results[0]!.gradNorm[0]},0.001`,
    );
    expect(lines.find((line) => line.startsWith('1,'))).toMatch(/^1,"'-1\+2",0,-1\.5,-2,/);
  });
});
