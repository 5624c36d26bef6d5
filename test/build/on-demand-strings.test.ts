/**
 * The first view's scripts carry only the English it shows (issue 17; docs/i18n.md, "How
 * languages load"): the sections of panels it does not show (the inspector's card, the lab's
 * tabs, the curvature views, the models' and tables' panels, the lesson player, the Inside tab,
 * the share dialog, the legend, the code dialog) are not in the initial scripts but in chunks,
 * loaded with those panels; the words of the first view, and of the tabs, buttons and menu
 * entries that open those panels, are initial. Components the first view does not render are not
 * initial either. Builds the app and reads the initial scripts by the bench's rule
 * (bench/bundle.ts), as initial-languages.test.ts does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialScripts } from '../../bench/bundle';
import { en } from '../../src/i18n/en';
import { ON_DEMAND_ENGLISH } from '../../src/i18n/en-all';
import { enOpeners } from '../../src/i18n/en-openers';
import { enSchedule } from '../../src/i18n/en-schedule';
import { enLab } from '../../src/i18n/en-lab';
import { enInspect } from '../../src/i18n/en-inspect';
import { enModels } from '../../src/i18n/en-models';
import { VIEW_FIELDS } from '../../src/url/view-fields';

const ROOT = resolve(__dirname, '../..');

/** Every string of a tree of resources. */
const strings = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : tree && typeof tree === 'object'
      ? Object.values(tree).flatMap(strings)
      : [];

/** Every string of a tree of resources with its dotted key. */
const leaves = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string'
      ? [[prefix + name, value]]
      : leaves(value as object, `${prefix}${name}.`),
  );

/**
 * Texts a bundler writes as they are (no quote or backslash to escape) and long enough to be
 * one string's own, not a common word.
 */
const distinctive = (text: string) => text.length >= 24 && !/['"\\`\n]/.test(text);

let initial: string[] = [];
let chunks: string[] = [];

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'descent-strings-'));
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = join(outDir, 'assets');
    const initialNames = initialScripts(outDir);
    initial = initialNames.map((name) => readFileSync(join(assets, name), 'utf8'));
    chunks = readdirSync(assets)
      .filter((name) => name.endsWith('.js') && !initialNames.includes(name))
      .map((name) => readFileSync(join(assets, name), 'utf8'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 180_000);

const inInitial = (text: string) => initial.some((script) => script.includes(text));
const inChunk = (text: string) => chunks.some((script) => script.includes(text));

describe('the English of panels the first view does not show', () => {
  // A text an initial key holds too is initial, rightly (the same words under another key); so
  // is one the link table's descriptions of the fields quote (src/url/view-fields.ts). The same
  // key in both tiers is no excuse: that is a section spread into en.ts by mistake.
  const onDemandLeaves = new Map(ON_DEMAND_ENGLISH.flatMap((section) => leaves(section)));
  const initialElsewhere = new Set(
    leaves(en)
      .filter(([key]) => !onDemandLeaves.has(key))
      .map(([, text]) => text),
  );
  const fieldDocs = Object.values(VIEW_FIELDS).map((field) => field.doc);
  const onDemand = [...onDemandLeaves.values()].filter(
    (text) =>
      distinctive(text) &&
      !initialElsewhere.has(text) &&
      !fieldDocs.some((doc) => doc.includes(text)),
  );

  it('is not in the initial scripts', () => {
    expect(initial.length).toBeGreaterThan(2);
    expect(onDemand.length).toBeGreaterThan(200);
    expect(onDemand.filter(inInitial)).toEqual([]);
  });

  it('is in the chunks that load with those panels', () => {
    expect(onDemand.filter((text) => !inChunk(text))).toEqual([]);
  });

  // Named sentences, so that a failure reads plainly.
  it.each([
    ['the inspector’s second moment', enInspect.inspect.symbol.v],
    ['the α sweep’s tune button', enLab.sweep.tuneTitle],
    ['the β, ε maps’ caption', enLab.maps.mapBeta],
    ['the “Your data” dialog', enModels.csv.generatedTitle],
  ])('e.g. %s', (_, text) => {
    expect(inInitial(text)).toBe(false);
    expect(inChunk(text)).toBe(true);
  });
});

// UI the first view does not render, loaded where it first shows (src/ui/note/NoteSlot.tsx,
// src/ui/charts/held-out-parts.tsx, src/ui/present/RunLegendSlot.tsx, the lazy parts of
// Landscape.tsx and Scrubber.tsx), each named by a class or test id only its own code writes.
describe('the components the first view does not render', () => {
  it.each([
    ['the note strip', 'note__head'],
    ['L-BFGS’s line-search marks', 'line-search-marks'],
    ['the validation curves', 'loss-chart__held-out'],
    ['the early-stopping marks', 'loss-chart__early-stops'],
    ['the epoch ticks', 'epoch-ticks'],
    ['a model’s slice badge', 'slice-badge'],
    ['the presentation’s run legend', 'run-legend__item'],
  ])('%s: not initial, in a chunk', (_, marker) => {
    expect(inInitial(marker)).toBe(false);
    expect(inChunk(marker)).toBe(true);
  });
});

describe('the English the first view shows', () => {
  it('is in the initial scripts, the words that open the on-demand panels included', () => {
    const texts = [
      ...strings(en.timeline),
      ...strings(en.optimizers),
      ...strings(enOpeners),
      ...strings(enSchedule),
    ].filter(distinctive);
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((text) => !inInitial(text))).toEqual([]);
  });
});
