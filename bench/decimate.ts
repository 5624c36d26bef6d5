/**
 * Loss-curve decimation (src/plot/decimate.ts): the min/max per pixel column of a 10⁶-step loss
 * series, which the loss chart does for every run whenever its results change. It was a timed
 * bound in a unit test (250 ms); issue 13 moved every speed figure here. Target: 10 ms, so that
 * redrawing one run's 10⁶-step curve fits in a 60 fps frame (16.7 ms) with room to paint.
 */
import { decimate } from '../src/plot/decimate';
import type { Row } from './rows';

const STEPS = 1_000_000;
const COLUMNS = 400;
const REPEATS = 15;
const TARGET_MS = 10;

export function decimateRows(log: (line: string) => void): Row[] {
  const values = new Float64Array(STEPS);
  for (let i = 0; i < STEPS; i++) values[i] = Math.exp(-i / 2e5) * (1 + 0.5 * Math.sin(i / 37));
  let kept = 0;
  let best = Infinity;
  for (let r = 0; r < REPEATS; r++) {
    const started = performance.now();
    kept += decimate(values, COLUMNS).length;
    best = Math.min(best, performance.now() - started);
  }
  log(
    `decimate ${STEPS.toLocaleString('en-US')} values to ${COLUMNS} columns: best ${best.toFixed(2)} ms (${kept} kept)`,
  );
  return [
    {
      name: `loss curve decimation, ${STEPS.toLocaleString('en-US')} steps → ${COLUMNS} columns (best of ${REPEATS})`,
      value: best,
      unit: 'ms',
      target: `≤ ${TARGET_MS}`,
      pass: best <= TARGET_MS,
    },
  ];
}
