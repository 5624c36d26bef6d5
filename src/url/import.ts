/**
 * Reading a scenario file someone chose or dropped: JSON, read as leniently as a link (repair.ts),
 * so that a file from an older version or with a typo opens with a notice instead of failing.
 * Pure; the UI only reads the file's text.
 */
import type { Scenario } from '../scenario/types';
import { clip, wellFormedDeep } from '../scenario/text';
import { repairScenario } from './repair';
import { jsonErrorPlace } from '../scenario/json-error';
import type { NoticeWords } from './notice-words';

/** Files larger than this are refused before parsing: a scenario is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** A field's path is quoted at most this long in a notice (a key may be 10⁵ characters). */
const MAX_PATH = 60;

/**
 * A scenario and what was ignored in it, or why the file holds none: a reason (no file name), in
 * English and as words the app shows in the language shown (notice-words.ts).
 */
export type ImportResult =
  | { ok: true; scenario: Scenario; notices: string[] }
  | { ok: false; error: string; said: NoticeWords };

export function importScenario(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: 'too large for a scenario (over 1 MB)',
      said: { key: 'scenarioFile.tooLarge', values: {} },
    };
  let data: unknown;
  // A byte-order mark (Windows Notepad writes one) is not JSON, but is no reason to refuse.
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Where, from our own scanner: V8's message has a position only for some errors.
    const place = jsonErrorPlace(json);
    const where = place ? `line ${place.line}, column ${place.column}: ` : '';
    // V8's message stays English in every language (docs/i18n.md, "What stays English").
    const detail = clip((error as Error).message, 100);
    return {
      ok: false,
      error: `not valid JSON (${where}${detail})`,
      said: place
        ? {
            key: 'scenarioFile.notJsonAt',
            values: { line: place.line, column: place.column, detail },
          }
        : { key: 'scenarioFile.notJson', values: { detail } },
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      error: 'it does not hold a scenario (a JSON object)',
      said: { key: 'scenarioFile.notObject', values: {} },
    };
  // "\ud800" in JSON is a lone surrogate, which no link could carry (issue 23, point 5).
  if (/\\u[dD][89a-fA-F]|[\uD800-\uDFFF]/.test(text)) wellFormedDeep(data);
  const { scenario, notes } = repairScenario(data as Record<string, unknown>);
  return {
    ok: true,
    scenario,
    notices: notes.map((n) => `${clip(n.path, MAX_PATH)}: ${n.message}`),
  };
}

/** The scenario as a file: the JSON the CLI runs, two-space indented. */
export function exportScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
