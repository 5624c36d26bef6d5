import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { linkCarriesData, MAX_DATA_LINK_LENGTH } from '../../src/url/data-param';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/types';

function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}
const link = (scenario: Scenario) => encodeLink({ scenario, view: DEFAULT_VIEW });
const run = [{ type: 'adam', lr: 0.01, color: '#0072b2' }];

describe('links of model problems and of the user’s own data', () => {
  it('an MLP reads as its architecture and round-trips exactly', () => {
    const scenario = valid({
      problem: {
        type: 'mlp',
        hidden: [8, 4, 2],
        activation: 'relu',
        initSeed: 3,
        data: { generator: 'spiral', n: 300 },
        batchSize: 32,
      },
      steps: 300,
      optimizers: run,
    });
    const query = link(scenario);
    expect(query).toContain(
      'p=mlp(layers=8-4-2,activation=relu,batchSize=32,data=(generator=spiral,n=300)',
    );
    const decoded = decodeLink(query);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.scenario).toEqual(scenario);
  });

  it('small own data travel in d, to the bit, for regression and classification', () => {
    for (const problem of [
      {
        type: 'linear-regression',
        data: {
          points: [
            [0, 1],
            [1, 3.1],
            [2, 4.9],
          ],
        },
      },
      {
        type: 'logistic-regression',
        data: {
          points: [
            [0.1, 2, 0],
            [1e-7, -3.5, 1],
            [1 / 3, 2, 1],
          ],
        },
      },
    ]) {
      const scenario = valid({ problem, optimizers: run });
      const query = link(scenario);
      expect(query).toMatch(/&d=[-0-9._e~]+&/);
      expect(linkCarriesData(scenario)).toBe(true);
      const decoded = decodeLink(query);
      expect(decoded.notices).toEqual([]);
      expect(decoded.state.scenario).toEqual(scenario);
    }
  });

  it('too much data is left out, and the link says so plainly when opened', () => {
    const points = Array.from({ length: 1500 }, (_, i) => [i / 1000 + 0.123456, i * 0.37 + 0.987]);
    const scenario = valid({
      problem: { type: 'linear-regression', data: { points } },
      optimizers: run,
    });
    expect(linkCarriesData(scenario)).toBe(false);
    const query = link(scenario);
    expect(query).toContain('d=omitted(n=1500)');
    expect(query.length).toBeLessThan(MAX_DATA_LINK_LENGTH);
    const decoded = decodeLink(query);
    expect(decoded.notices.map((n) => n.message).join()).toMatch(
      /own data \(1,500 points\), too many for a link/,
    );
    expect(decoded.state.scenario.problem).toEqual({ type: 'linear-regression' });
  });

  it('malformed architecture or points fall back with a notice that names the field', () => {
    const layers = decodeLink('p=mlp(layers=16-x)');
    expect(layers.notices[0]!.param).toBe('p hidden');
    expect(layers.state.scenario.problem).toEqual({ type: 'mlp' });
    const points = decodeLink('p=mlp&d=1_2_0~3_4_7');
    expect(points.notices.map((n) => n.message).join()).toMatch(/label must be 0 or 1/);
    expect(decodeLink('p=mlp&d=1_2_0~abc').notices[0]!.message).toMatch(
      /point 2 is not 2 to 65 numbers/,
    );
  });
});
