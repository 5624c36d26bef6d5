// docs/lesson-conditions.md says what the code does: every example condition parses (and is
// written in canonical form, numbers aside), every error example is the parser's message at the caret, and the
// three tasks of the issue behave as the page says on the runs of their links.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPERPARAMS } from '../../../src/core/optimizers/hyperparams';
import { run } from '../../../src/core/run';
import { PLAIN_QUANTITIES } from '../../../src/lessons/condition/ast';
import { conditionContextOf } from '../../../src/lessons/condition/context';
import { evaluateCondition } from '../../../src/lessons/condition/evaluate';
import { formatCondition } from '../../../src/lessons/condition/format';
import { parseCondition } from '../../../src/lessons/condition/parse';
import { decodeLink } from '../../../src/url/codec';

const DOC = readFileSync(resolve(__dirname, '../../../docs/lesson-conditions.md'), 'utf8');

/** The lines of the page's fenced blocks of one language. */
function blocks(lang: string): string[][] {
  const fence = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  return [...DOC.matchAll(fence)].map((m) => m[1]!.split('\n').slice(0, -1));
}

describe('docs/lesson-conditions.md', () => {
  const examples = blocks('condition')
    .flat()
    .map((line) => line.trim());

  it('has example conditions, each parsing and written canonically', () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const text of examples) {
      const parsed = parseCondition(text);
      expect(parsed, text).toHaveProperty('ast');
      // Canonical but for numbers, which the page writes as a teacher would (1e-3 for 0.001).
      if ('ast' in parsed) expect(formatCondition(parsed.ast)).toBe(text.replace(/1e-3/g, '0.001'));
    }
  });

  it('shows each error example with the parser’s own message under its caret', () => {
    const lines = blocks('condition-error')
      .flat()
      .filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(16);
    for (let i = 0; i < lines.length; i += 2) {
      const text = lines[i]!;
      const caret = /^( *)\^ (.*)$/.exec(lines[i + 1]!);
      expect(caret, text).not.toBeNull();
      expect(parseCondition(text)).toEqual({
        error: { position: caret![1]!.length, message: caret![2] },
      });
    }
  });

  it('lists every quantity and exactly the hyperparameters of HYPERPARAMS', () => {
    const rows = [...DOC.matchAll(/^\| (`[^|]+`) \|/gm)].map((m) =>
      [...m[1]!.matchAll(/`([^`]+)`/g)].map((n) => n[1]!.split(' ')[0]!),
    );
    const hyperparamRow = rows.find((names) => names[0] === 'lr')!;
    expect(hyperparamRow).toEqual(Object.keys(HYPERPARAMS));
    for (const name of [...PLAIN_QUANTITIES, 'loss', 'stepsTo'])
      expect(rows.flat()).toContain(name);
  });

  /** The runs of a link as the page writes it, with α replaced. */
  function runsOf(link: string, lr: number) {
    expect(DOC).toContain(link);
    const { state, notices } = decodeLink(link);
    expect(notices).toEqual([]);
    const scenario = {
      ...state.scenario,
      optimizers: state.scenario.optimizers.map((spec) => ({ ...spec, lr })),
    };
    return conditionContextOf({ results: run(scenario) });
  }

  function holds(condition: string, link: string, lr: number): boolean {
    expect(examples).toContain(condition);
    const parsed = parseCondition(condition);
    if (!('ast' in parsed)) throw new Error(parsed.error.message);
    return evaluateCondition(parsed.ast, runsOf(link, lr));
  }

  it('“drag α until gradient descent diverges”: done past 2/L ≈ 0.111 only', () => {
    // Booth: Hessian [[10, 8], [8, 10]], L = 18 (test/core/run.test.ts checks the divergence).
    const link = 'v=1&p=booth&x0=-5,-5&n=200&o=gd(lr=0.05)&show=lr,play';
    expect(holds('run 1 divergedAt != null', link, 0.05)).toBe(false);
    expect(holds('run 1 divergedAt != null', link, 0.1)).toBe(false);
    expect(holds('run 1 divergedAt != null', link, 0.12)).toBe(true);
    expect(holds('run 1 divergedAt != null and run 1 lr < 0.15', link, 0.12)).toBe(true);
    expect(holds('run 1 divergedAt != null and run 1 lr < 0.15', link, 1)).toBe(false);
  });

  it('“get Adam below loss 1e-3 within 200 steps”: not at the default α, done at α = 0.1', () => {
    const link = 'v=1&p=ellipse&n=300&o=adam(lr=0.001)&show=lr,play';
    const short = 'run 1 stepsTo 1e-3 <= 200';
    const long = 'run 1 stepsTo 1e-3 != null and run 1 stepsTo 1e-3 <= 200';
    for (const [lr, done] of [
      [0.001, false],
      [0.01, false],
      [0.1, true],
    ] as const) {
      expect(holds(short, link, lr)).toBe(done);
      expect(holds(long, link, lr)).toBe(done);
    }
  });

  it('“find the α where momentum first oscillates”: done from about 0.007 to 0.02', () => {
    // Heavy ball on a quadratic spirals along an eigenvalue λ once αλ > (1 − √μ)²: for μ = 0.5
    // and Booth's λ = 18, α > 0.0048; the loss visibly rises within 100 steps from α ≈ 0.007.
    const link = 'v=1&p=booth&x0=-5,-5&n=100&o=momentum(lr=0.001,momentum=0.5)&show=lr,play';
    const task = 'run 1 rises > 0 and run 1 divergedAt == null and run 1 lr <= 0.02';
    expect(holds(task, link, 0.001)).toBe(false);
    expect(holds(task, link, 0.003)).toBe(false);
    expect(holds(task, link, 0.01)).toBe(true);
    expect(holds(task, link, 0.02)).toBe(true);
    expect(holds(task, link, 0.05)).toBe(false); // rises all the time: past the first
    expect(holds(task, link, 0.2)).toBe(false); // diverged: α > 2(1 + μ)/L ≈ 0.167
  });

  it('claims that gradient descent on a quadratic never rises while stable, and shows it', () => {
    const link = 'v=1&p=booth&x0=-5,-5&n=200&o=gd(lr=0.05)&show=lr,play';
    for (const lr of [0.01, 0.06, 0.1, 0.11])
      expect(holds('run 1 rises > 0 and run 1 divergedAt == null', link, lr)).toBe(false);
  });
});
