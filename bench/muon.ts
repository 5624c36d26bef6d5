/**
 * Benchmark of Muon (issue 21, docs/optimizers.md#muon) beside AdamW on the moons network
 * (2-16-16-1 tanh, 200 points, full batch): steps per second of `runOptimizer`, each step a pass
 * over the data plus the update; Muon's update runs Newton–Schulz on its three weight matrices
 * (16 × 2, 16 × 16, 1 × 16), 5 steps each. Interleaved (Muon, AdamW, …) so that both see the same
 * machine load; best of each.
 *
 * `npx tsx bench/muon.ts` prints the rows alone.
 */
// Every type's rule at hand, as in the CLI (src/core/optimizers/all-rules.ts).
import '../src/core/optimizers/all-rules';
import { createMlp } from '../src/core/problems/mlp';
import { MODEL_BOUNDS } from '../src/core/problems/models';
import type { Problem } from '../src/core/problems/types';
import { runOptimizer } from '../src/core/run';
import type { OptimizerSpec } from '../src/scenario/types';
import type { Row } from './rows';

const STEPS = 3000;
const REPEATS = 5;
const MUON: OptimizerSpec = { type: 'muon', lr: 0.02 };
const ADAMW: OptimizerSpec = { type: 'adamw', lr: 0.01 };

function stepsPerSecond(problem: Problem, spec: OptimizerSpec): number {
  const settings = {
    start: problem.info.start,
    steps: STEPS,
    seed: 1,
    noise: 0,
    bounds: MODEL_BOUNDS,
  };
  const t0 = performance.now();
  const result = runOptimizer(problem, spec, settings);
  if (result.divergedAt !== null) throw new Error(`${spec.type} diverged at ${result.divergedAt}`);
  return STEPS / ((performance.now() - t0) / 1000);
}

/** Muon's and AdamW's steps per second on the moons network, and their ratio. */
export function muonRows(log: (line: string) => void): Row[] {
  const problem = createMlp({ type: 'mlp' });
  stepsPerSecond(problem, MUON); // warm-up: the JIT has seen both loops
  stepsPerSecond(problem, ADAMW);
  let muon = 0;
  let adamw = 0;
  for (let r = 0; r < REPEATS; r++) {
    muon = Math.max(muon, stepsPerSecond(problem, MUON));
    adamw = Math.max(adamw, stepsPerSecond(problem, ADAMW));
  }
  log(
    `MLP 2-16-16-1 on moons: Muon ${Math.round(muon)} steps/s, AdamW ${Math.round(adamw)} steps/s`,
  );
  const info = (name: string, value: number, unit: string): Row => ({
    name,
    value,
    unit,
    target: '',
    pass: undefined,
  });
  return [
    info('core MLP 2-16-16-1 tanh, 200 moons, Muon lr 0.02 (NS5 on 3 matrices)', muon, 'steps/s'),
    info('core MLP 2-16-16-1 tanh, 200 moons, AdamW lr 0.01', adamw, 'steps/s'),
    info('Muon / AdamW steps per second on the network', muon / adamw, '×'),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  for (const row of muonRows(log)) process.stdout.write(`${row.name}: ${row.value} ${row.unit}\n`);
}
