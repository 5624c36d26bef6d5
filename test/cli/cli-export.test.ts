// `descent export` (issue 18, point 4): the scenario as a Python script, from a file, stdin or a
// link, with the CLI's error conventions (exit 2, nothing on stdout, one `descent:` line).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { exportCode } from '../../src/export/code';
import { decodeLink } from '../../src/url/codec';
import { rosenbrockFromFirstStart } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'descent-cli-export-'));
const scenario = rosenbrockFromFirstStart(20, [
  { type: 'gd', lr: 0.001 },
  { type: 'adam', lr: 0.05, schedule: { type: 'cosine', tMax: 20, etaMin: 0.001 } },
]);
const file = join(dir, 'scenario.json');
writeFileSync(file, JSON.stringify(scenario));

describe('descent export', () => {
  it.each([
    ['pytorch', 'en'],
    ['numpy', 'en'],
    ['pytorch', 'zh'],
    ['numpy', 'zh'],
  ] as const)('--target %s --lang %s FILE prints exportCode’s script', (target, language) => {
    const { code, stdout, stderr } = runCli([
      'export',
      '--target',
      target,
      '--lang',
      language,
      file,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(exportCode(scenario, target, { language }));
  });

  it('takes --target=… and --lang=…, English by default, the options in any order', () => {
    const expected = exportCode(scenario, 'numpy');
    expect(runCli(['export', file, '--target=numpy']).stdout).toBe(expected);
    expect(runCli(['export', '--lang=en', '--target', 'numpy', file]).stdout).toBe(expected);
  });

  it('exports exactly what a link shows', () => {
    const query = '?v=1&p=booth&o=adam(lr=0.05)';
    const { code, stdout } = runCli(['export', '--target', 'pytorch', query]);
    expect(code).toBe(0);
    expect(stdout).toBe(exportCode(decodeLink(query.slice(1)).state.scenario, 'pytorch'));
  });

  it.each([
    ['no --target', ['export', file], /^descent: --target: required, pytorch or numpy; usage:/],
    [
      'an unknown target',
      ['export', '--target', 'tensorflow', file],
      /^descent: --target: must be pytorch or numpy, got tensorflow$/,
    ],
    [
      'a missing target value',
      ['export', file, '--target'],
      /^descent: --target: must be pytorch or numpy, got nothing$/,
    ],
    [
      'an unknown language',
      ['export', '--target', 'numpy', '--lang', 'fr', file],
      /^descent: --lang: must be en or zh, got fr$/,
    ],
    [
      'run’s options',
      ['export', '--target', 'numpy', '--summary', file],
      /^descent: unknown option --summary;/,
    ],
    [
      'export’s options on run',
      ['run', '--target', 'numpy', file],
      /^descent: unknown option --target;/,
    ],
    ['no file', ['export', '--target', 'numpy'], /^descent: missing FILE;/],
    [
      'a bad scenario',
      ['export', '--target', 'numpy', join(dir, 'missing.json')],
      /^descent: .*missing\.json: no such file$/,
    ],
  ])('exits 2 with one line on stderr for %s', (_, args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });

  it('reads the scenario from stdin with - and writes the script to stdout (npm run cli)', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, ['src/cli/main.ts', 'export', '--target', 'numpy', '-'], {
      input: JSON.stringify(scenario),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(exportCode(scenario, 'numpy'));
  });
});
