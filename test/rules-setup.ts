/**
 * Every optimizer type's update rule, registered before each test file (vite.config.ts
 * `setupFiles`): in the browser a rule is a chunk loaded when a run of its type is first computed
 * (src/core/optimizers/rules.ts), in Node all are at hand (src/core/optimizers/all-rules.ts), so
 * tests build any type's optimizer synchronously, as the CLI does. The loading itself is tested
 * on stores of its own (test/core/rule-loaders.test.ts) and in Chromium (e2e/rule-chunks.spec.ts).
 */
import '../src/core/optimizers/all-rules';
