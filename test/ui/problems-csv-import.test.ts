import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/scenario/csv';
import {
  CSV_FORMATS,
  csvState,
  hasOwnPoints,
  previewText,
  withPoints,
  withoutPoints,
} from '../../src/ui/problems/csv-import';
import { THREE_POINTS_TWO_CLASSES } from './csv-points';

describe('previewText', () => {
  it('counts points and classes for classification', () => {
    expect(previewText(THREE_POINTS_TWO_CLASSES, 'classification')).toBe(
      '3 points, 2 classes (1 of class 0, 2 of class 1)',
    );
  });

  it('gives the x range for regression', () => {
    expect(
      previewText(
        [
          [-0.5, 1],
          [2, 3],
        ],
        'regression',
      ),
    ).toBe('2 points, x from −0.5 to 2');
  });
});

describe('csvState', () => {
  const classify = (text: string) =>
    csvState(text, 'classification', (t) => parseCsv(t, 'classification'));

  it('is empty for blank text, not an error', () => {
    expect(classify('  \n')).toEqual({ status: 'empty' });
  });

  it('passes the parser’s line-numbered errors through', () => {
    const state = classify('x1,x2,label\n0,0,0\n1,abc,1');
    expect(state.status).toBe('invalid');
    if (state.status === 'invalid') expect(state.errors[0]).toMatch(/line 3/);
  });

  it('holds the points and a preview when the text parses', () => {
    const state = classify('0,0,0\n1,1,1');
    expect(state).toMatchObject({
      status: 'valid',
      preview: '2 points, 2 classes (1 of class 0, 1 of class 1)',
    });
  });

  it('the examples the dialog shows parse cleanly', () => {
    expect(parseCsv(CSV_FORMATS.classification.example, 'classification').ok).toBe(true);
    expect(parseCsv(CSV_FORMATS.regression.example, 'regression').ok).toBe(true);
  });
});

describe('withPoints and withoutPoints', () => {
  it('puts classification points into the data, keeping the recipe for the way back', () => {
    const spec = { type: 'mlp' as const, data: { generator: 'xor' as const } };
    const own = withPoints(spec, [
      [0, 0, 0],
      [1, 1, 1],
    ]);
    expect(own).toEqual({
      type: 'mlp',
      data: {
        generator: 'xor',
        points: [
          [0, 0, 0],
          [1, 1, 1],
        ],
      },
    });
    expect(hasOwnPoints(own)).toBe(true);
    expect(withoutPoints(own)).toEqual(spec);
  });

  it('puts [x, y] points into a linear regression and drops a batch they cannot fill', () => {
    const own = withPoints({ type: 'linear-regression', batchSize: 10 }, [
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(own).toEqual({
      type: 'linear-regression',
      data: {
        points: [
          [0, 1],
          [1, 3],
          [2, 5],
        ],
      },
    });
    expect(withoutPoints(own)).toEqual({ type: 'linear-regression' });
  });

  it('leaves a function problem alone', () => {
    const spec = { type: 'function' as const, name: 'rosenbrock' };
    expect(withPoints(spec, [[0, 0]])).toBe(spec);
    expect(hasOwnPoints(spec)).toBe(false);
  });
});
