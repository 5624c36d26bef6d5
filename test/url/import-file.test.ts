/** Opening a scenario file: a byte-order mark, and the refusal's wording (issue 8). */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { openScenarioFile } from '../../src/ui/share/open-file';
import { importScenario } from '../../src/url/import';

const json = JSON.stringify({
  problem: { type: 'function', name: 'rosenbrock' },
  steps: 30,
  optimizers: [{ type: 'gd', lr: 0.1 }],
});

describe('importScenario', () => {
  it('reads a file that starts with a byte-order mark (as Windows Notepad saves)', () => {
    const result = importScenario(`\uFEFF${json}`);
    expect(result.ok && result.scenario.steps).toBe(30);
  });
});

describe('openScenarioFile says why a file was refused, naming it once', () => {
  const notice = async (text: string, name: string) => {
    const store = createAppStore();
    expect(await openScenarioFile(store, new File([text], name))).toBe(false);
    return store.getState().notice;
  };
  it('for text that is not JSON', async () => {
    expect(await notice('{oops', 'a.json')).toMatch(/^Could not open a\.json: not valid JSON \(/);
    // Where, even when V8's message has no position (an unexpected token).
    expect(await notice('{\n  "steps": 10,\n  "seed": x\n}', 'b.json')).toMatch(
      /^Could not open b\.json: not valid JSON \(line 3, column 11: Unexpected token 'x'/,
    );
  });
  it('for JSON that is no object', async () => {
    expect(await notice('[1]', 'a.json')).toBe(
      'Could not open a.json: it does not hold a scenario (a JSON object)',
    );
  });
  it('for a name that itself holds " is "', async () => {
    expect(await notice('{oops', 'this is mine.json')).toMatch(
      /^Could not open this is mine\.json: not valid JSON \(/,
    );
  });
});
