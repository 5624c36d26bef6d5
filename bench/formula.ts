/**
 * Formula speed (issue 6 §1): value and gradient of Rosenbrock typed as a formula, against the
 * built-in analytic Rosenbrock, over the same points, interleaved in rounds so that both see the
 * same machine. Target: the formula at no less than 1/4 of the analytic speed.
 */
import { parseExpression } from '../src/core/expression';
import { getFunction } from '../src/core/problems';
import type { Row } from './rows';

const POINTS = 4096;
const PASSES = 200; // per round: 819,200 evaluations
const ROUNDS = 7;

export function formulaRows(log: (line: string) => void): Row[] {
  const rosenbrock = getFunction('rosenbrock')!;
  const formula = parseExpression('(1 - x)^2 + 100*(y - x^2)^2');
  const xs = new Float64Array(POINTS);
  const ys = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    xs[i] = -2 + (4 * i) / POINTS;
    ys[i] = -1 + ((i * 7919) % POINTS) / (POINTS / 4);
  }
  const grad = new Float64Array(2);
  const point = new Float64Array(2);
  let sink = 0;
  const analytic = () => {
    for (let pass = 0; pass < PASSES; pass++)
      for (let i = 0; i < POINTS; i++) sink += rosenbrock.fg(xs[i]!, ys[i]!, grad) + grad[0]!;
  };
  const typed = () => {
    for (let pass = 0; pass < PASSES; pass++)
      for (let i = 0; i < POINTS; i++) {
        point[0] = xs[i]!;
        point[1] = ys[i]!;
        sink += formula.valueAndGrad(point, grad) + grad[0]!;
      }
  };
  const time = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  analytic();
  typed(); // warm both up before timing
  const analyticMs: number[] = [];
  const typedMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    analyticMs.push(time(analytic));
    typedMs.push(time(typed));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const evaluations = POINTS * PASSES;
  const analyticRate = evaluations / (median(analyticMs) / 1000);
  const typedRate = evaluations / (median(typedMs) / 1000);
  const ratio = typedRate / analyticRate;
  log(
    `formula ${Math.round(typedRate)} evals/s, analytic ${Math.round(analyticRate)} (sink ${sink > 0})`,
  );
  return [
    {
      name: 'Rosenbrock value+gradient, analytic',
      value: analyticRate,
      unit: 'evals/s',
      target: '',
      pass: undefined,
    },
    {
      name: 'Rosenbrock value+gradient, typed formula',
      value: typedRate,
      unit: 'evals/s',
      target: '',
      pass: undefined,
    },
    {
      name: 'typed formula / analytic Rosenbrock',
      value: ratio,
      unit: '×',
      target: '≥ 0.25',
      pass: ratio >= 0.25,
    },
  ];
}
