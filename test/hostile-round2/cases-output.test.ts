/**
 * Runs the concrete cases of issue 23's classes 3, 4 and 9 (cases-output.ts): the CLI's cases
 * in-process (runCommand, what src/cli/main.ts runs), each label through the app's and the CLI's
 * CSV, the SVG frame (parsed by saxes) and the JSON.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/command';
import { formatCsv } from '../../src/cli/format';
import { run } from '../../src/core/run';
import { estimateWidth, layoutLegend } from '../../src/export/legend';
import { frameSvg } from '../../src/export/svg-document';
import { trajectoriesCsv, trajectoriesJson } from '../../src/export/trajectories';
import { titleOf } from '../hostile-cases';
import { EXPORT_CASES, OUTPUT_CLI_CASES } from './cases-output';
import { parseSvg } from './xml';
import { rosenbrockFromFirstStart } from '../helpers';

describe('issue 23 output cases: the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'descent-output-'));
  it.each(OUTPUT_CLI_CASES.map((c, i) => [titleOf(c), c, i] as const))('%s', (_, c, i) => {
    let args = c.input;
    if (c.file !== undefined) {
      const path = join(dir, `case-${i}.json`);
      writeFileSync(path, c.file);
      args = args.map((arg) => (arg === '{file}' ? path : arg));
    }
    let stdout = '';
    let stderr = '';
    const code = runCommand(args, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(c.holds?.exitCode ?? 2);
    const lines = stderr.split('\n').slice(0, -1);
    for (const line of lines) {
      expect(line.startsWith('descent: ')).toBe(true);
      expect(line.includes('\r') || line.includes('\u001b')).toBe(false);
    }
    const expected = c.expected!;
    expect(
      lines.some((line) =>
        typeof expected === 'string' ? line.includes(expected) : expected.test(line),
      ),
    ).toBe(true);
    if (code === 2) expect(stdout).toBe('');
  });
});

describe('issue 23 output cases: exports', () => {
  const scenario = rosenbrockFromFirstStart(1, [{ type: 'adam', lr: 0.1 }]);
  const [result] = run(scenario);
  const theme = {
    background: '#fff',
    text: '#000',
    muted: '#666',
    border: '#999',
    fontFamily: 'serif',
  };

  it.each(EXPORT_CASES.map((c) => [`${c.name} — ${JSON.stringify(c.label)}`, c] as const))(
    '%s',
    (_, c) => {
      const labelled = [{ ...result!, optimizer: { ...result!.optimizer, label: c.label } }];
      const app = [...trajectoriesCsv(labelled, { names: [c.label] })].join('').split('\n');
      expect(app[1]!.startsWith(`0,${c.csvCell},adam,0,-1.5,2,`)).toBe(true);
      const cli = [...formatCsv(labelled)].join('').split('\n');
      expect(cli[1]!.startsWith(`0,${c.csvCell},0,-1.5,2,`)).toBe(true);

      const legend = layoutLegend([{ name: c.label, color: '#000' }], null, 300, estimateWidth);
      const svg = frameSvg({
        title: c.label,
        subtitle: '',
        width: 300,
        height: 200,
        content: '',
        legend,
        theme,
      });
      const { error, texts } = parseSvg(svg, ['export__legend-run']);
      expect(error).toBeNull();
      expect(texts['export__legend-run']).toEqual([c.svgText]);

      const json = JSON.parse(trajectoriesJson(labelled)) as {
        runs: { optimizer: { label: string } }[];
      };
      expect(json.runs[0]!.optimizer.label).toBe(c.jsonLabel);
    },
  );
});
