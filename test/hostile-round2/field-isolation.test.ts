/**
 * Issue 23, point 1: a bad field costs only itself. For every valid scenario and every
 * single-field corruption of its link (inside `o=(…)`, `p=(…)` or a parameter of its own) or of
 * its JSON file, reading it keeps every other field exactly; a field that depends on the bad one
 * (the start on its problem, a schedule's phases on the steps) may fall back too, but only with a
 * notice naming it. Nothing ever falls back to the whole first view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/url/fields';
import { importScenario } from '../../src/url/import';
import {
  formatValue,
  isSyntaxIssue,
  joinQuery,
  parseValue,
  splitQuery,
  type Node,
} from '../../src/url/syntax';
import type { Scenario } from '../../src/scenario/types';
import { validScenario } from '../arbitraries/scenario';

/** Values a hand or a script puts where a field was: typos, wrong kinds, prototype names. */
const HOSTILE_ATOMS = [
  'cosin',
  'toString',
  '__proto__',
  'constructor',
  '',
  'NaN',
  'Infinity',
  '-1',
  '1e999',
  '-0.5',
  '2.5',
  'true',
  'abc',
  '%FF',
  '%00',
  '%ED%A0%80',
  '(a=1)',
  '(toString=1)',
  'x(y=(z=1))',
  '1-2-3-4',
  'gd',
  '999999999999',
];

/** A hostile value as a link node: the atom parsed as the link syntax would read it. */
const hostileNode: fc.Arbitrary<Node> = fc
  .oneof(
    fc.constantFrom(...HOSTILE_ATOMS),
    fc.string({ maxLength: 12 }).map((text) => encodeURIComponent(text)),
  )
  .map((raw) => {
    const node = parseValue(raw);
    return isSyntaxIssue(node) ? raw : node;
  });

/** Every place in a node a value sits: the call's name, and each pair's value, nested. */
type Slot = { path: string[]; set: (node: Node, value: Node) => Node };

function slotsOf(node: Node, path: string[] = []): Slot[] {
  if (typeof node === 'string') return [{ path, set: (_, value) => value }];
  const slots: Slot[] = [
    { path: [...path, '(name)'], set: (n, value) => withName(n, value) },
    { path, set: (_, value) => value },
  ];
  node.pairs.forEach(([key, child], i) => {
    for (const inner of slotsOf(child, [...path, key]))
      slots.push({
        path: inner.path,
        set: (n, value) => {
          const call = n as Exclude<Node, string>;
          const pairs = call.pairs.map(([k, v], j): [string, Node] =>
            j === i ? [k, inner.set(v, value)] : [k, v],
          );
          return { name: call.name, pairs };
        },
      });
  });
  return slots;
}

/** A call renamed: a hostile call as a name keeps only its text. */
function withName(node: Node, value: Node): Node {
  const call = node as Exclude<Node, string>;
  return { name: typeof value === 'string' ? value : value.name, pairs: call.pairs };
}

/** The scenario's leaves by path, `optimizers[1].schedule.tMax` → 200; lists of numbers whole. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'))
    out.set(path, JSON.stringify(value));
  else if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      leaves(item, path ? `${path}.${key}` : key, out);
  else out.set(path, value);
  return out;
}

/**
 * The fields a corruption at `path` may take with it: the field itself; a run whose type is bad;
 * a schedule whose type is bad; the start of a problem that falls back.
 */
function ownedBy(path: string): (leaf: string) => boolean {
  const run = /^optimizers\[(\d+)\](?:\.type)?$/.exec(path);
  if (run) return (leaf) => leaf.startsWith(`optimizers[${run[1]}]`);
  // A coordinate of a list stands for the list (the start, a layer width, a point).
  path = path.replace(/(?:\[\d+\])+$/, '');
  const schedule = /^(optimizers\[\d+\]\.schedule)(?:\.type)?$/.exec(path);
  if (schedule) return (leaf) => leaf.startsWith(schedule[1]!);
  if (/^problem(?:\.(?:type|name|expr))?$/.test(path))
    return (leaf) => leaf.startsWith('problem') || leaf === 'start';
  return (leaf) => leaf === path || leaf.startsWith(`${path}.`) || leaf.startsWith(`${path}[`);
}

/** The words of a path or a notice's name, so that `o (run 2) schedule.tMax` matches the path. */
function words(text: string): string {
  return text
    .replace(/^optimizers\[(\d+)\]/, (_, i: string) => `o (run ${Number(i) + 1})`)
    .replace(/^problem\b/, 'p')
    .replace(/^steps\b/, 'n')
    .replace(/^start\b/, 'x0')
    .replace(/\[\d+\]$/, '')
    .replace(/[.\s]+/g, ' ')
    .trim();
}

/** Does some notice name `leaf` (or an object holding it)? */
function named(leaf: string, notices: readonly string[]): boolean {
  const wanted = words(leaf);
  return notices.some((name) => {
    const said = words(name);
    return wanted === said || wanted.startsWith(`${said} `);
  });
}

/** Which scenario field a slot of a link parameter is. */
function fieldOf(key: string, index: number, slot: readonly string[]): string {
  const rest = slot.map((part) => (part === '(name)' ? 'type' : part));
  if (key === 'o') return ['optimizers[' + index + ']', ...(rest.length ? rest : [])].join('.');
  if (key === 'p') {
    const mapped = rest.map((part) => (part === 'layers' ? 'hidden' : part));
    // A function's name is its call name: `booth(noise=1)`.
    return ['problem', ...mapped].join('.');
  }
  return { n: 'steps', seed: 'seed', x0: 'start' }[key] ?? key;
}

/**
 * `after` keeps every leaf of `before` not owned by the corrupted field, or a notice names it.
 * Runs left out are taken out of `before` first, so that the rest line up.
 */
function expectIsolated(
  before: Scenario,
  after: Scenario,
  corrupted: string,
  notices: readonly string[],
): void {
  const all = notices.join('\n');
  expect(all).not.toMatch(/first view is shown|could not be/);
  const run = /^optimizers\[(\d+)\](?:\.type)?$/.exec(corrupted);
  const removed = run !== null && after.optimizers.length < before.optimizers.length;
  const expected = structuredClone(before);
  if (removed) expected.optimizers.splice(Number(run[1]), 1);
  const owned = removed ? () => false : ownedBy(corrupted);
  const after_ = leaves(after);
  for (const [leaf, value] of leaves(expected)) {
    // A run's colour is its place's in the palette when the link does not say.
    if (removed && leaf.endsWith('.color')) continue;
    if (owned(leaf)) continue;
    if (Object.is(after_.get(leaf), value)) continue;
    if (corrupted.startsWith('problem') && leaf === 'start') continue;
    expect(
      named(leaf, notices),
      `${leaf}: ${String(value)} → ${String(after_.get(leaf))}\n${all}`,
    ).toBe(true);
  }
}

describe('a link with one bad field keeps every other field', () => {
  it('inside o=(…), p=(…), or as n, seed, x0', () => {
    fc.assert(
      fc.property(
        validScenario(),
        fc.nat(),
        fc.nat(),
        hostileNode,
        (scenario, pick, at, hostile) => {
          const query = encodeLink({ scenario, view: DEFAULT_VIEW });
          const clean = decodeLink(query);
          expect(clean.notices).toEqual([]);
          const params = splitQuery(query);
          const targets = params
            .map((param, i) => ({ ...param, i }))
            .filter(({ key }) => ['o', 'p', 'n', 'seed', 'x0'].includes(key));
          if (targets.length === 0) return;
          const target = targets[pick % targets.length]!;
          const runIndex = params.slice(0, target.i).filter(({ key }) => key === 'o').length;
          // n, seed and x0 are atoms ("1,2" is no call); o and p are calls or names.
          const node = ['o', 'p'].includes(target.key)
            ? (parseValue(target.raw) as Node)
            : target.raw;
          const slots = slotsOf(node);
          const slot = slots[at % slots.length]!;
          const corrupted = fieldOf(target.key, runIndex, slot.path);
          const changed = params.map(({ key, raw }, i) => ({
            key,
            value: i === target.i ? formatValue(slot.set(node, hostile)) : raw,
          }));
          const { state, notices } = decodeLink(joinQuery(changed));
          const names = notices.map((n) => n.param);
          // A whole problem call replaced is the problem itself.
          const field = /^problem(\.type)?$/.test(corrupted) ? 'problem' : corrupted;
          expectIsolated(clean.state.scenario, state.scenario, field, names);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the teacher’s typo of issue 23 keeps the second run, the steps and the seed', () => {
    const { state, notices } = decodeLink(
      '?v=1&p=booth&o=adam(lr=0.1,schedule=cosin)&o=gd(lr=0.3)&n=77&seed=31337',
    );
    expect(state.scenario).toMatchObject({
      problem: { type: 'function', name: 'booth' },
      steps: 77,
      seed: 31337,
      optimizers: [
        { type: 'adam', lr: 0.1 },
        { type: 'gd', lr: 0.3 },
      ],
    });
    expect(state.scenario.optimizers[0]!.schedule).toBeUndefined();
    expect(notices).toEqual([
      {
        param: 'o (run 1) schedule',
        message: expect.stringMatching(/^type must be one of constant, .*; got "cosin"; ignored$/),
      },
    ]);
  });
});

/** JSON values that do not belong where a field was. */
const hostileJson = fc.oneof(
  fc.constantFrom<unknown>(
    'cosin',
    'toString',
    '',
    -1,
    1e308,
    -1e-320,
    0.5,
    null,
    true,
    {},
    [],
    { a: 1 },
    { toString: 1 },
    [1, 2, 3, 4],
    '\ud800',
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
);

/** Every path into a JSON value: objects, and arrays' items (a run, a coordinate). */
function pathsOf(value: unknown, path = ''): string[] {
  const paths = path ? [path] : [];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...pathsOf(item, `${path}[${i}]`)));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      paths.push(...pathsOf(item, path ? `${path}.${key}` : key));
  return paths;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+/g)!;
  let node: Record<string, unknown> = root;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

describe('a scenario file with one bad field keeps every other field', () => {
  it('whatever the field and whatever replaces it', () => {
    fc.assert(
      fc.property(validScenario(), fc.nat(), hostileJson, (scenario, pick, hostile) => {
        const clean = importScenario(JSON.stringify(scenario));
        expect(clean.ok && clean.notices).toEqual([]);
        if (!clean.ok) return;
        const paths = pathsOf(scenario).filter((p) => p !== 'version');
        const corrupted = paths[pick % paths.length]!;
        const file = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
        setPath(file, corrupted, hostile);
        const read = importScenario(JSON.stringify(file));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const names = read.notices.map((n) => n.slice(0, n.indexOf(': ')));
        const field = /^problem(\.type)?$/.test(corrupted) ? 'problem' : corrupted;
        expectIsolated(clean.scenario, read.scenario, field, names);
      }),
      { numRuns: 1000 },
    );
  });

  it('a bad schedule type keeps the file’s seed and steps', () => {
    const read = importScenario(
      JSON.stringify({
        problem: { type: 'function', name: 'booth' },
        steps: 40,
        seed: 77,
        optimizers: [{ type: 'adam', lr: 0.1, schedule: { type: 'sawtooth', tMax: 9 } }],
      }),
    );
    expect(read.ok && read.scenario).toMatchObject({ steps: 40, seed: 77 });
    expect(read.ok && read.notices).toEqual([
      expect.stringMatching(
        /^optimizers\[0\]\.schedule: type must be one of .*"sawtooth"; ignored$/,
      ),
    ]);
  });
});
