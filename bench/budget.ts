/**
 * Calibrates the work budget (src/core/budget.ts): nanoseconds per unit of work of the core in
 * Node, for MLPs of several sizes and for a 2D function's step, the fastest of five repetitions
 * (the machine is shared: the minimum is the least disturbed). `npx tsx bench/budget.ts`.
 */
import { run } from '../src/core/run';
import { scenarioUnits } from '../src/core/budget';
import { validateScenario } from '../src/scenario/validate';
import type { Scenario } from '../src/scenario/types';

function seconds(input: unknown): { s: number; units: number } {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    run(v.scenario);
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return { s: best, units: scenarioUnits(v.scenario as Scenario) };
}

/** A scenario of one Adam run (α 0.01) on `problem` for `steps` steps. */
const adam = (problem: object, steps: number) => ({
  version: 1,
  problem,
  steps,
  seed: 1,
  optimizers: [{ type: 'adam', lr: 0.01 }],
});
const mlp = (hidden: number[], n: number, steps: number, batchSize?: number) =>
  adam(
    {
      type: 'mlp',
      hidden,
      activation: 'tanh',
      ...(batchSize ? { batchSize } : {}),
      data: { generator: 'spiral', n },
    },
    steps,
  );
const cases: [string, unknown][] = [
  ['mlp 32-32-32, n 2000', mlp([32, 32, 32], 2000, 6)],
  ['mlp 32-32-32, n 2000, batch 100', mlp([32, 32, 32], 2000, 6, 100)],
  ['mlp 16-16, n 200', mlp([16, 16], 200, 200)],
  ['mlp 8, n 500', mlp([8], 500, 200)],
  ['rosenbrock, adam', adam({ type: 'function', name: 'rosenbrock' }, 300_000)],
  [
    'formula (rosenbrock), adam',
    adam({ type: 'expression', expr: '(1-x)^2 + 100*(y-x^2)^2' }, 100_000),
  ],
];
for (const [name, scenario] of cases) {
  const { s, units } = seconds(scenario);
  console.log(`${name}: ${((s / units) * 1e9).toFixed(2)} ns/unit (${(s * 1000).toFixed(1)} ms)`);
}
