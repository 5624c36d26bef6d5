/**
 * Hostile cases of issue 23, points 1, 2, 4b, 5 and 6 (reading links, files, CSV and formulas),
 * part of the table of test/hostile-cases.ts, which test/hostile-inputs.test.ts (Node) and
 * e2e/hostile.spec.ts (Chromium) run through each path's real function.
 */
import type { HostileCase } from '../hostile-cases';

import { scenarioJson } from '../hostile-scenario';

const scenario = (patch: Record<string, unknown>): string => scenarioJson(patch);

export const DECODE_CASES: readonly HostileCase[] = [
  // ── 1. a bad field costs only itself ──────────────────────────────────────────────────────
  {
    path: 'url',
    name: 'a typo in one run’s schedule keeps the other run, the steps and the seed',
    input: 'v=1&p=booth&o=adam(lr=0.1,schedule=cosin)&o=gd(lr=0.3)&n=77&seed=31337',
    expected: /^o \(run 1\) schedule: type must be one of constant, .*; got "cosin"; ignored$/,
    holds: { steps: 77, runs: 2, problem: 'booth' },
  },
  {
    path: 'url',
    name: 'a schedule without a type keeps the rest',
    input: 'p=booth&o=adam(lr=0.1,schedule=(tMax=5))&o=gd&n=40',
    expected: /^o \(run 1\) schedule: type required: one of constant, .*; ignored$/,
    holds: { steps: 40, runs: 2, problem: 'booth' },
  },
  {
    path: 'url',
    name: 'a prototype name as a schedule keeps the rest',
    input: 'p=matyas&o=adam(lr=0.1,schedule=toString)&n=33',
    expected: /^o \(run 1\) schedule: type must be one of .*; got "toString"; ignored$/,
    holds: { steps: 33, runs: 1, problem: 'matyas' },
  },
  {
    path: 'url',
    name: 'a one-cycle schedule that cannot fit the steps goes alone',
    input: 'p=booth&o=adam(lr=0.1,schedule=one-cycle(totalSteps=1,pctStart=0.2))&o=gd&n=2',
    expected: /^o \(run 1\) schedule: pctStart leaves a phase of no length .*; ignored$/,
    holds: { steps: 2, runs: 2, problem: 'booth' },
  },
  {
    path: 'url',
    name: 'a bad dataset generator keeps the problem, the steps and the runs',
    input: 'p=logistic-regression(data=(generator=x,n=50))&n=30&seed=9&o=gd(lr=0.5)',
    expected:
      'p data generator: must be one of blobs, moons, circles, spiral, xor; got "x"; ignored',
    holds: { steps: 30, runs: 1, problem: 'logistic-regression' },
  },
  {
    path: 'json',
    name: 'a bad schedule type in a file keeps its seed and its other run',
    input: scenario({
      seed: 31337,
      optimizers: [
        { type: 'adam', lr: 0.05, schedule: { type: 'cosin' } },
        { type: 'gd', lr: 0.3 },
      ],
    }),
    expected: /^optimizers\[0\]\.schedule: type must be one of .*; got "cosin"; ignored$/,
    holds: { steps: 50, runs: 2 },
  },
  // ── 4b. no internal wording ───────────────────────────────────────────────────────────────
  {
    path: 'url',
    name: 'layers given as a call is named, not a TypeError',
    input: 'v=1&p=mlp(layers=(toString=1))&n=40',
    expected:
      /^p hidden: must list 1 to 3 hidden layer widths such as \[16, 16\], got \{"toString":1\}; ignored$/,
    holds: { steps: 40, problem: 'mlp' },
  },
  // ── 2. windows ────────────────────────────────────────────────────────────────────────────
  {
    path: 'url',
    name: 'a window of subnormal extents is widened (it crashed the landscape)',
    input: 'v=1&p=himmelblau&win=0,1e-320,0,1e-320',
    expected:
      'win: is too small to draw; widened about its centre to -0.00005,0.00005,-0.00005,0.00005',
    holds: { problem: 'himmelblau' },
  },
  {
    path: 'url',
    name: 'a window one ulp wide is widened, and reopens to itself',
    input: 'v=1&win=2,2.0000000000000004,0,1e-310',
    expected:
      'win: is too small to draw; widened about its centre to 1.99998,2.00002,-0.00002,0.00002',
    holds: { problem: 'rosenbrock' },
  },
  // ── 5. lone surrogates ────────────────────────────────────────────────────────────────────
  {
    path: 'json',
    name: 'a label holding a lone surrogate is read as U+FFFD',
    input:
      '{"problem":{"type":"function","name":"booth"},"optimizers":[{"type":"adam","lr":0.1,"label":"\\ud800"}]}',
    expected: null,
    holds: { label: '\ufffd', runs: 1, problem: 'booth' },
  },
  {
    path: 'url',
    name: 'a lone surrogate typed into a link label is read as U+FFFD',
    input: 'o=adam(lr=0.1,label=a\ud800b)',
    expected: null,
    holds: { label: 'a\ufffdb', runs: 1 },
  },
  // ── 6. messages one short line ────────────────────────────────────────────────────────────
  {
    path: 'url',
    name: 'control characters in a quoted value are escaped',
    input: 'v=2%0A%1B%5B2J',
    expected: 'v: version 2\\n\\x1b[2J is unknown (this build reads version 1); ignored',
  },
  {
    path: 'url',
    name: 'a lesson naming 100 unknown controls lists three',
    input: `show=${Array.from({ length: 100 }, (_, i) => `a${i}`).join(',')}`,
    expected: 'show: "a0", "a1", "a2" and 97 more are not controls; ignored',
  },
  {
    path: 'json',
    name: 'a key of 100,000 characters is quoted cut',
    input: scenario({ ['k'.repeat(100_000)]: 1 }),
    expected: /^k{59}…: unknown field for a scenario/,
    holds: { steps: 50 },
  },
  {
    path: 'csv',
    kind: 'regression',
    name: 'a header of 60,000 fields is one short warning',
    input: `${Array.from({ length: 60_000 }, () => 'c').join(',')}\n1,2\n3,4`,
    expected: /^line 1 read as a header: c, c, (c, )*c…$/,
    holds: { points: 2 },
  },
  {
    path: 'formula',
    name: 'a name of 480 letters is quoted cut',
    input: `x + ${'y'.repeat(480)}`,
    expected: /^Unknown name "y{49}…"/,
  },
  {
    path: 'formula',
    name: 'a number of 400 digits is quoted cut',
    input: `${'9'.repeat(400)}e9`,
    expected: /^Number 9{49}… is too large$/,
  },
];
