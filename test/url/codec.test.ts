import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW, LINK_PARAMS, type LinkState } from '../../src/url/fields';
import { FIRST_VIEW } from '../../src/state/defaults';
import { RUN_COLORS } from '../../src/plot/palette';
import { LESSON_CONTROLS } from '../../src/state/lesson';
import { MAX_STEPS, validateScenario } from '../../src/scenario/validate';
import type { OptimizerSpec, Scenario } from '../../src/scenario/types';
import { validScenario } from '../arbitraries/scenario';

const state = (scenario: Scenario, view = DEFAULT_VIEW): LinkState => ({ scenario, view });

/** Every run coloured as the app colours it: the palette colour of its place when it has none. */
function coloured(scenario: Scenario): Scenario {
  return {
    ...scenario,
    optimizers: scenario.optimizers.map((o, i) => ({
      ...o,
      color: o.color ?? RUN_COLORS[i % RUN_COLORS.length]!,
    })),
  };
}

/** Presentation fields as people type them: any text for a name, hex colours, hidden or not. */
const presentation = fc.record(
  {
    label: fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
    color: fc.oneof(fc.constantFrom(...RUN_COLORS), fc.stringMatching(/^#[0-9a-f]{6}$/)),
    hidden: fc.boolean(),
  },
  { requiredKeys: [] },
);

const scenarioWithPresentation = validScenario().chain((scenario) =>
  fc
    .array(presentation, {
      minLength: scenario.optimizers.length,
      maxLength: scenario.optimizers.length,
    })
    .map((extras): Scenario => ({
      ...scenario,
      optimizers: scenario.optimizers.map((o, i) => ({ ...o, ...extras[i] }) as OptimizerSpec),
    })),
);

describe('links', () => {
  it('the first view is just the version and its two runs', () => {
    expect(encodeLink(state(FIRST_VIEW))).toBe('v=1&o=gd(lr=0.001)&o=adam(lr=0.1)');
    expect(decodeLink('').state).toEqual(state(FIRST_VIEW));
    expect(decodeLink('?v=1').state).toEqual(state(FIRST_VIEW));
  });

  it('reads as it is written and stays short: two runs with a schedule and a view in under 200 characters', () => {
    const scenario: Scenario = {
      ...FIRST_VIEW,
      problem: { type: 'function', name: 'himmelblau', noise: 0.5 },
      start: [0.5, -1],
      optimizers: [
        { type: 'gd', lr: 0.01, color: RUN_COLORS[0] },
        {
          type: 'adam',
          lr: 0.05,
          beta1: 0.8,
          schedule: { type: 'cosine', tMax: 200 },
          color: RUN_COLORS[1],
        },
      ],
    };
    const view = {
      ...DEFAULT_VIEW,
      window: { x: [-5, 5] as [number, number], y: [-4, 4] as [number, number] },
      selectedRun: 1,
      cursor: 120,
      chart: 'loss' as const,
    };
    const link = encodeLink(state(scenario, view));
    expect(link).toBe(
      'v=1&p=himmelblau(noise=0.5)&x0=0.5,-1&o=gd(lr=0.01)&o=adam(lr=0.05,beta1=0.8,schedule=cosine(tMax=200))&win=-5,5,-4,4&sel=2&t=120',
    );
    expect(link.length).toBeLessThan(200);
    expect(decodeLink(link)).toEqual({ state: state(scenario, view), notices: [] });
  });

  it('hand-typed shorthand works: o=adam takes PyTorch’s α; p names a function', () => {
    const { state: read, notices } = decodeLink('p=rastrigin&o=adam&o=momentum(lr=0.01)');
    expect(notices).toEqual([]);
    expect(read.scenario.problem).toEqual({ type: 'function', name: 'rastrigin' });
    expect(read.scenario.optimizers.map((o) => [o.type, o.lr])).toEqual([
      ['adam', 0.001],
      ['momentum', 0.01],
    ]);
  });

  it('carries the linear-regression recipe and mini-batch size', () => {
    const scenario: Scenario = {
      ...FIRST_VIEW,
      problem: { type: 'linear-regression', batchSize: 10, data: { n: 200, noise: 1 } },
      start: [0, 0],
    };
    const link = encodeLink(state(scenario));
    expect(link).toContain('p=linear-regression(batchSize=10,data=(n=200,noise=1))');
    expect(decodeLink(link).state.scenario).toEqual(scenario);
  });

  it('decode(encode(s)) is s for arbitrary valid scenarios, names and colours included', () => {
    fc.assert(
      fc.property(scenarioWithPresentation, (scenario) => {
        const link = encodeLink(state(scenario));
        const decoded = decodeLink(link);
        expect(decoded.notices).toEqual([]);
        expect(decoded.state.scenario).toEqual(coloured(scenario));
      }),
      { numRuns: 500 },
    );
  });

  it('decode never throws and always yields a valid scenario, on arbitrary strings', () => {
    const pieces = fc.constantFrom(
      ...LINK_PARAMS.map((p) => `${p.key}=`),
      '&',
      '=',
      '(',
      ')',
      ',',
      '%',
      '%2',
      '%28',
      'adam',
      'gd',
      'lr',
      '1e400',
      'NaN',
      '-0',
      '1e9',
      'javascript:',
      '<script>',
      '__proto__',
      'constructor',
      'rosenbrock',
      'linear-regression',
    );
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(hostile, (query) => {
        const { state: read, notices } = decodeLink(query);
        expect(validateScenario(read.scenario)).toEqual({ ok: true, scenario: read.scenario });
        expect(read.view.selectedRun).toBeLessThan(read.scenario.optimizers.length);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('hostile links fall back field by field and say why', () => {
    const cases: [string, RegExp][] = [
      ['n=1000000000', /^n: .*clamped to 1000000$/],
      ['p=%3Cscript%3Ealert(1)%3C/script%3E', /^p: /],
      ['o=javascript:alert(1)', /^o: run 1: /],
      [
        'o=adam(lr=NaN)',
        /^o \(run 1\) lr: must be a number, got "NaN"; PyTorch’s default 0.001 is used$/,
      ],
      ['x0=1e400,2', /^x0: expected 2 numbers/],
      [
        'o=adam(beta1=1.5)',
        /^o \(run 1\) beta1: must be at least 0 and below 1, got 1.5; ignored$/,
      ],
      ['o=foo(lr=1)&o=gd(lr=0.1)', /^o \(run 1\) type: must be one of .*; run 1 left out$/],
      [
        `o=adam(label=${'x'.repeat(10_000)})`,
        /^o: is 10,0\d\d characters long \(at most 2,000\); ignored$/,
      ],
      ['sel=9', /^sel: there is no run 9; run 1 is selected$/],
      ['win=1,0,0,1', /^win: each range must run from low to high; ignored$/],
      ['hello=world', /^hello: is not a parameter Descent knows; ignored$/],
      ['v=7', /^v: version 7 is unknown \(this build reads version 1\); ignored$/],
      ['o=adam(__proto__=(x=1))', /^$/],
    ];
    for (const [query, expected] of cases) {
      const { state: read, notices } = decodeLink(query);
      const text = notices.map((n) => `${n.param}: ${n.message}`).join(' | ');
      expect(text, query).toMatch(expected);
      expect(validateScenario(read.scenario).ok).toBe(true);
      expect(read.scenario.steps).toBeLessThanOrEqual(MAX_STEPS);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
  });

  it('links of version 1 as first published keep their meaning', () => {
    // Frozen examples: if one of these changes, old links would break. Add, never edit.
    const published: [string, Partial<Scenario>][] = [
      ['v=1&o=gd(lr=0.001)&o=adam(lr=0.1)', { optimizers: FIRST_VIEW.optimizers }],
      [
        'v=1&p=himmelblau&x0=0,0&n=300&seed=7&o=nesterov(lr=0.01,momentum=0.95)',
        {
          problem: { type: 'function', name: 'himmelblau' },
          start: [0, 0],
          steps: 300,
          seed: 7,
          optimizers: [{ type: 'nesterov', lr: 0.01, momentum: 0.95, color: RUN_COLORS[0] }],
        },
      ],
    ];
    for (const [link, expected] of published)
      expect(decodeLink(link).state.scenario).toMatchObject(expected);
  });
});

describe('the view in a link', () => {
  it('round-trips the selected run, cursor, trails, chart, lesson, embedding, slice, presentation, predict and language', () => {
    const lessons = fc.option(
      fc.uniqueArray(fc.constantFrom(...LESSON_CONTROLS), { minLength: 1 }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.option(fc.integer({ min: 0, max: FIRST_VIEW.steps - 1 }), { nil: null }),
        fc.constantFrom(
          'loss' as const,
          'gradNorm' as const,
          'accuracy' as const,
          'data' as const,
          'sweep' as const,
          'maps' as const,
        ),
        fc.boolean(),
        lessons,
        fc.constantFrom('pca' as const, 'random' as const),
        fc.boolean(),
        fc.boolean(),
        // English is written as no `lang` at all, so it reads back as undefined.
        fc.constantFrom(undefined, 'zh' as const),
        fc.constantFrom('whole' as const, 'faded' as const, 'hidden' as const),
        (selectedRun, cursor, chart, embed, lesson, slice, present, predict, lang, trails) => {
          const view = {
            window: null,
            selectedRun,
            cursor,
            trails,
            chart,
            embed,
            lesson,
            slice,
            present,
            predict,
            ...(lang ? { lang } : {}),
          };
          expect(decodeLink(encodeLink(state(FIRST_VIEW, view)))).toEqual({
            state: state(FIRST_VIEW, view),
            notices: [],
          });
        },
      ),
    );
  });

  it('a lesson link names its controls; unknown ones are reported', () => {
    const link = encodeLink(
      state(FIRST_VIEW, { ...DEFAULT_VIEW, lesson: ['lr', 'play'], embed: true }),
    );
    expect(link).toBe('v=1&o=gd(lr=0.001)&o=adam(lr=0.1)&show=lr,play&embed=1');
    const { state: read, notices } = decodeLink('show=lr,warp,play');
    expect(read.view.lesson).toEqual(['lr', 'play']);
    expect(notices).toEqual([{ param: 'show', message: '"warp" is not a control; ignored' }]);
    expect(decodeLink('show=warp,drive').state.view.lesson).toBeNull();
  });

  it('keeps a zoomed window to 1/10,000 of its size', () => {
    const window = {
      x: [-1.23456789, 2.3456789] as [number, number],
      y: [0.000123456, 0.5] as [number, number],
    };
    const read = decodeLink(encodeLink(state(FIRST_VIEW, { ...DEFAULT_VIEW, window }))).state.view
      .window!;
    expect(Math.abs(read.x[0] - window.x[0])).toBeLessThan(3.6e-4);
    expect(Math.abs(read.y[0] - window.y[0])).toBeLessThan(0.5e-4);
  });
});

describe('scenario files', () => {
  it('export then import gives the same scenario', async () => {
    const { exportScenario, importScenario } = await import('../../src/url/import');
    fc.assert(
      fc.property(scenarioWithPresentation, (scenario) => {
        // JSON has no −0, so the file's scenario is compared as JSON reads it back.
        expect(importScenario(exportScenario(scenario))).toEqual({
          ok: true,
          scenario: JSON.parse(JSON.stringify(scenario)),
          notices: [],
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a bad file is refused with its reason; a bad field falls back with a notice', async () => {
    const { importScenario } = await import('../../src/url/import');
    expect(importScenario('{nope')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not valid JSON/),
    });
    expect(importScenario('[1,2]')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not hold a scenario/),
    });
    expect(importScenario('x'.repeat(1_000_001))).toMatchObject({ ok: false });
    const read = importScenario(
      JSON.stringify({ ...FIRST_VIEW, steps: 5e9, optimizers: [{ type: 'adam', lr: -1 }] }),
    );
    expect(read).toMatchObject({
      ok: true,
      scenario: { steps: MAX_STEPS, optimizers: [{ type: 'adam', lr: 0.001 }] },
    });
    expect(read.ok && read.notices).toHaveLength(2);
  });
});
