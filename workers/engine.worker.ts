/** The engine worker: exposes the engine API over comlink and transfers result buffers. No logic of its own. */
import { expose, transfer } from 'comlink';
import { buffersOf, engineApi } from '../src/engine/api';
import type { Scenario } from '../src/scenario/types';

expose({
  run(scenario: Scenario) {
    const results = engineApi.run(scenario);
    return transfer(results, buffersOf(results));
  },
});
