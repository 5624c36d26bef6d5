import { describe, expect, it } from 'vitest';
import { CHART_FILE_WORDS, exportFileName, problemSlug, slug } from '../../src/export/names';

describe('exportFileName', () => {
  it('joins descent, the problem and what is exported: descent-rosenbrock-landscape.png', () => {
    expect(exportFileName('rosenbrock', 'landscape', 'png')).toBe(
      'descent-rosenbrock-landscape.png',
    );
  });

  it('turns names with spaces, capitals and symbols into hyphenated lower-case words', () => {
    expect(exportFileName('Six-hump Camel', 'α sweep', 'svg')).toBe(
      'descent-six-hump-camel-alpha-sweep.svg',
    );
    expect(slug('‖∇f‖')).toBe('grad-norm');
    expect(slug('β, ε maps')).toBe('beta-eps-maps');
    expect(slug('Schwefel’s  “f”!')).toBe('schwefel-s-f');
  });

  it('leaves out a part with nothing left to write (a name in Chinese)', () => {
    expect(exportFileName('损失', 'landscape', 'webm')).toBe('descent-landscape.webm');
  });
});

describe('problemSlug', () => {
  it('names a function by its name, a typed formula "formula", a model by its type', () => {
    expect(problemSlug({ type: 'function', name: 'himmelblau' })).toBe('himmelblau');
    expect(problemSlug({ type: 'expression', expr: 'x^2+y^2' })).toBe('formula');
    expect(problemSlug({ type: 'mlp' })).toBe('mlp');
    expect(problemSlug({ type: 'linear-regression' })).toBe('linear-regression');
  });
});

describe('CHART_FILE_WORDS', () => {
  it('has an ASCII word for every chart tab, so file names do not follow the interface language', () => {
    for (const id of ['loss', 'gradNorm', 'accuracy', 'data', 'sweep', 'maps'])
      expect(CHART_FILE_WORDS[id]).toMatch(/^[a-z-]+$/);
  });
});
