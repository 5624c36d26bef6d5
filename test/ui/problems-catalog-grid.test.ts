import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../../src/core/problems';
import { validateScenario } from '../../src/scenario/validate';
import { FIRST_VIEW } from '../../src/state/defaults';
import { entryKey, problemEntries, specToSet } from '../../src/ui/problems/catalog';
import { gridMove } from '../../src/ui/problems/grid-keys';

describe('problemEntries', () => {
  const entries = problemEntries();

  it('lists every built-in function, then the models on data: 23 cards with unique keys', () => {
    expect(entries).toHaveLength(FUNCTION_NAMES.length + 7);
    expect(entries.map((e) => e.key)).toEqual([
      ...FUNCTION_NAMES,
      'linear-regression',
      'logistic-regression',
      'mlp',
      // The classifiers on tables: one card per shipped set they offer (issue 22).
      'softmax-regression:iris',
      'softmax-regression:wine',
      'softmax-mlp:digits',
      'softmax-mlp:breast-cancer',
    ]);
    expect(new Set(entries.map((e) => e.title)).size).toBe(entries.length);
  });

  it('gives every card a title, formula and note, and a surface picture except the data problems', () => {
    for (const entry of entries) {
      expect(entry.title.length).toBeGreaterThan(2);
      expect(entry.formula.length).toBeGreaterThan(2);
      expect(entry.note.length).toBeGreaterThan(10);
      const picture: Record<string, string> = {
        'linear-regression': 'data',
        'logistic-regression': 'classes',
        mlp: 'classes',
      };
      const table = entry.key.startsWith('softmax-');
      expect(entry.thumbnail).toBe(table ? 'table' : (picture[entry.key] ?? 'surface'));
      expect(entry.credit === undefined).toBe(!table);
    }
  });

  it('gives every card a spec that validates', () => {
    for (const entry of entries) {
      const result = validateScenario({ ...FIRST_VIEW, problem: entry.spec, start: undefined });
      expect(result.ok, entry.key).toBe(true);
    }
  });
});

describe('specToSet', () => {
  const himmelblau = problemEntries().find((e) => e.key === 'himmelblau')!;
  const regression = problemEntries().find((e) => e.key === 'linear-regression')!;

  it("sets the chosen problem, without the old problem's noise", () => {
    expect(specToSet(himmelblau, { type: 'function', name: 'rosenbrock', noise: 30 })).toEqual({
      type: 'function',
      name: 'himmelblau',
    });
  });

  it('changes nothing when the current problem is chosen again (its dataset and batch stay)', () => {
    expect(specToSet(himmelblau, { type: 'function', name: 'himmelblau' })).toBeNull();
    expect(
      specToSet(regression, { type: 'linear-regression', data: { n: 20 }, batchSize: 5 }),
    ).toBeNull();
  });

  it('keys a problem by function name or type', () => {
    expect(entryKey({ type: 'function', name: 'beale', noise: 1 })).toBe('beale');
    expect(entryKey({ type: 'linear-regression', batchSize: 10 })).toBe('linear-regression');
  });
});

describe('gridMove', () => {
  // 17 cards in 6 columns: rows 0–5, 6–11, 12–16.
  const move = (key: string, index: number) => gridMove(key, index, 17, 6);

  it('moves left and right one card and stops at the ends', () => {
    expect(move('ArrowRight', 3)).toBe(4);
    expect(move('ArrowLeft', 3)).toBe(2);
    expect(move('ArrowLeft', 0)).toBe(0);
    expect(move('ArrowRight', 16)).toBe(16);
  });

  it('moves up and down one row in the same column', () => {
    expect(move('ArrowDown', 2)).toBe(8);
    expect(move('ArrowUp', 8)).toBe(2);
    expect(move('ArrowUp', 2)).toBe(2);
  });

  it('goes down to the last card from above a gap in the short last row', () => {
    expect(move('ArrowDown', 11)).toBe(16);
    expect(move('ArrowDown', 16)).toBe(16);
  });

  it('jumps to the ends with Home and End and ignores other keys', () => {
    expect(move('Home', 9)).toBe(0);
    expect(move('End', 9)).toBe(16);
    expect(move('Enter', 9)).toBeNull();
  });
});
