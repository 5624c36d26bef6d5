/** The benchmark's report: one table on stdout, and bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Row } from './rows';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  os: string;
  memoryGB: number;
  /** The 1-minute load average when the benchmark started: other work on the machine. */
  loadAverage: number;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    node: process.version,
    os: `${platform()} ${release()}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** Rows with unit `yes/no` hold 1 for yes and 0 for no. */
export const YES_NO = 'yes/no';

/** A value as printed: thousands grouped, small numbers to 3 significant digits. */
export function formatValue(row: Row): string {
  const v = row.value;
  if (row.unit === YES_NO) return v ? 'yes' : 'no';
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  if (v !== 0 && Math.abs(v) < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

const mark = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? '✓' : '✗');

/** The table, one line per row, columns aligned; the summary line last. */
export function formatTable(rows: Row[], m: Machine, date: string): string {
  const header = ['name', 'value', 'unit', 'target', 'pass'];
  const cells = rows.map((r) => [
    r.name,
    formatValue(r),
    r.unit === YES_NO ? '' : r.unit,
    r.target,
    mark(r.pass),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 1 ? s.padStart(widths[i]!) : s.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  const withTarget = rows.filter((r) => r.pass !== undefined);
  const met = withTarget.filter((r) => r.pass).length;
  return [
    `Descent benchmark, ${date}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}`,
    `load average at start: ${m.loadAverage} (1 min, on ${m.cores} cores: ${
      m.loadAverage > m.cores
        ? 'above the core count, other work competed'
        : 'at most the core count'
    })`,
    '',
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...cells.map(line),
    '',
    `${met} of ${withTarget.length} targets met`,
  ].join('\n');
}

/** Writes bench/results.json: {machine, date, rows}, with `pass: null` where there is no target. */
export function writeResults(rows: Row[], m: Machine, date: string): string {
  const path = fileURLToPath(new URL('./results.json', import.meta.url));
  const json = { machine: m, date, rows: rows.map((r) => ({ ...r, pass: r.pass ?? null })) };
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
  return path;
}
