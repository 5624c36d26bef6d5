/**
 * The CLI's summary of a table classifier says where early stopping would stop (issue 22;
 * src/core/early-stopping.ts): on the preset overfitting, gradient descent's lowest validation
 * loss at step 54 and Adam's at step 17, with their validation scores there, beside the final
 * validation and test scores.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../src/presets/presets';
import { encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Summary {
  runs: {
    scores: {
      validationLoss: number;
      validationAccuracy: number;
      test: { loss: number; accuracy: number };
      earlyStop: { step: number; validationLoss: number; validationAccuracy: number } | null;
    };
  }[];
}

describe('the CLI summary of the preset overfitting', () => {
  it('prints each run’s early-stopping step and its validation scores there', () => {
    const preset = getPreset('overfitting')!;
    const link = '?' + encodeLink({ scenario: preset.scenario, view: DEFAULT_VIEW });
    const result = spawnSync(TSX, ['src/cli/main.ts', 'run', link, '--summary'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [gd, adam] = (JSON.parse(result.stdout) as Summary).runs;
    expect(gd!.scores.earlyStop!.step).toBe(54);
    expect(gd!.scores.earlyStop!.validationLoss).toBeCloseTo(0.094, 3);
    expect(gd!.scores.validationLoss).toBeCloseTo(0.155, 3);
    expect(adam!.scores.earlyStop!.step).toBe(17);
    expect(adam!.scores.earlyStop!.validationAccuracy).toBe(167 / 171);
    // The final scores stay as they were: the test score at the last point.
    expect(adam!.scores.validationAccuracy).toBe(167 / 171);
    expect(gd!.scores.test.accuracy).toBeGreaterThan(0.9);
  });
});
