/**
 * Property tests' seeds (docs/testing.md, "Property tests"): in CI (`CI` set, as .ci/run does)
 * every fast-check property runs from one fixed seed, so that a green commit stays green and a
 * failure replays; elsewhere each run draws a new seed and explores further. A counterexample
 * found that way becomes a plain test of its own (e.g. the subnormal range of
 * test/hostile-round2/scales-nonfinite.test.ts).
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261202 });
