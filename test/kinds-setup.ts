/**
 * Every problem kind at once in the unit tests, as in the CLI: the page loads the models'
 * numerics on demand (src/kinds/load.ts), Node imports them (they register when evaluated).
 * test/kinds/load.test.ts empties the slot for its own cases and fills it again.
 */
import '../src/kinds/model-numerics';
