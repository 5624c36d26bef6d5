/**
 * Reading a scenario file someone chose or dropped: JSON, read as leniently as a link (repair.ts),
 * so that a file from an older version or with a typo opens with a notice instead of failing.
 * Pure; the UI only reads the file's text.
 */
import type { Scenario } from '../scenario/types';
import { repairScenario } from './repair';

/** Files larger than this are refused before parsing: a scenario is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult =
  { ok: true; scenario: Scenario; notices: string[] } | { ok: false; error: string };

export function importScenario(text: string, name = 'the file'): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, error: `${name} is too large for a scenario (over 1 MB)` };
  let data: unknown;
  try {
    // A byte-order mark (Windows Notepad writes one) is not JSON, but is no reason to refuse.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `${name} is not valid JSON (${(error as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, error: `${name} does not hold a scenario (a JSON object)` };
  const { scenario, notes } = repairScenario(data as Record<string, unknown>);
  return { ok: true, scenario, notices: notes.map((n) => `${n.path}: ${n.message}`) };
}

/** The scenario as a file: the JSON the CLI runs, two-space indented. */
export function exportScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
