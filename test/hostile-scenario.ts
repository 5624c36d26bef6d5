/** The hostile tables' scenario files (test/hostile-cases.ts and its second-round files). */

/** JSON of a small valid scenario (Adam on Rosenbrock) with `patch` applied. */
export const scenarioJson = (patch: Record<string, unknown>, steps = 50): string =>
  JSON.stringify({
    version: 1,
    problem: { type: 'function', name: 'rosenbrock' },
    steps,
    optimizers: [{ type: 'adam', lr: 0.05 }],
    ...patch,
  });
