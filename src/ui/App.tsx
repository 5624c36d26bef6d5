/** Placeholder page of the foundation: runs the first view's scenario in the worker and says what happened. */
import { useEffect, useState } from 'react';
import { createEngine } from '../engine/client';
import type { RunResult } from '../core/run';
import type { Scenario } from '../scenario/types';

const FIRST_VIEW: Scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: 200,
  seed: 1,
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'adam', lr: 0.05 },
  ],
};

export function App() {
  const [results, setResults] = useState<RunResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const engine = createEngine();
    engine.api.run(FIRST_VIEW).then(setResults, (e: unknown) => setError(String(e)));
    return () => engine.terminate();
  }, []);
  return (
    <main className="placeholder">
      <h1>Descent</h1>
      <p>
        Gradient descent and Adam on the same loss surface, side by side. The interactive view is
        coming.
      </p>
      {error && <p role="alert">The engine failed: {error}</p>}
      {results && (
        <ul data-testid="results">
          {results.map((r, i) => (
            <li key={i}>
              {r.optimizer.type} (α = {r.optimizer.lr}): f ={' '}
              {r.loss[r.loss.length - 1]!.toPrecision(4)} after {r.lr.length} steps
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
