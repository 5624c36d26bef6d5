import { describe, expect, it } from 'vitest';
import { MAX_CSV_CHARS, MAX_CSV_POINTS, parseCsv } from '../../src/scenario/csv';

const errorsOf = (text: string, kind: 'regression' | 'classification') => {
  const result = parseCsv(text, kind);
  return result.ok ? [] : result.errors;
};

describe('parseCsv(text, "regression")', () => {
  it('reads x, y rows with or without a header, skipping blank lines and # comments', () => {
    expect(parseCsv('0,1\n1,3\n2,5', 'regression')).toEqual({
      ok: true,
      points: [
        [0, 1],
        [1, 3],
        [2, 5],
      ],
      warnings: [],
    });
    const withHeader = parseCsv('# my data\n\nx,y\r\n0.5,-1e-3\n\n  2 , 3  \n', 'regression');
    expect(withHeader).toEqual({
      ok: true,
      points: [
        [0.5, -0.001],
        [2, 3],
      ],
      warnings: ['line 3 read as a header: x, y'],
    });
  });

  it('takes semicolons (with decimal commas), tabs, spaces, quotes and a byte-order mark', () => {
    const expected = [
      [1.5, 2],
      [3, -4.25],
    ];
    for (const text of [
      '\uFEFF1.5,2\n3,-4.25',
      '1,5;2\n3;-4,25',
      '"x"\t"y"\n1,5\t2\n3\t-4.25',
      '1.5 2\n3   -4.25',
      '"1.5","2",\n3,-4.25,',
    ]) {
      const result = parseCsv(text, 'regression');
      expect(result.ok && result.points).toEqual(expected);
    }
  });

  it('names the line and column of a value that is not a number', () => {
    expect(errorsOf('x,y\n1,2\n3,4\n5,abc\n', 'regression')).toEqual([
      'line 4: column 2 is "abc", not a number',
    ]);
    expect(errorsOf('1,2\n,4', 'regression')).toEqual(['line 2: column 1 is empty']);
    expect(errorsOf('1,2\n0x10,4', 'regression')).toEqual([
      'line 2: column 1 is "0x10", not a number',
    ]);
  });

  it('rejects NaN, Infinity and values beyond ±1e6', () => {
    expect(errorsOf('1,2\nNaN,4\n5,-Infinity\n7,2e6\n1e999,1', 'regression')).toEqual([
      'line 2: column 1 is "NaN", not a finite number',
      'line 3: column 2 is "-Infinity", not a finite number',
      'line 4: column 2 is 2e6, larger than 1e+6 in size',
      'line 5: column 1 is 1e999, larger than 1e+6 in size',
    ]);
    const edge = parseCsv('1e6,-1000000\n0,0', 'regression');
    expect(edge.ok).toBe(true);
  });

  it('wants exactly two values per row, and at least two points', () => {
    expect(errorsOf('1,2\n3,4,5\n6', 'regression')).toEqual([
      'line 2: expected 2 values (x, y), found 3',
      'line 3: expected 2 values (x, y), found 1',
    ]);
    expect(errorsOf('x,y\n1,2', 'regression')).toEqual(['needs at least 2 points (x, y); found 1']);
    expect(errorsOf('', 'regression')).toEqual(['needs at least 2 points (x, y); found 0']);
  });

  it('lists at most ten errors and counts the rest', () => {
    const text = ['1,2', ...Array.from({ length: 15 }, () => 'a,b')].join('\n');
    const errors = errorsOf(text, 'regression');
    expect(errors).toHaveLength(11);
    expect(errors[10]).toBe('… and 20 more');
  });

  it(`rejects more than ${MAX_CSV_POINTS} points and text over ${MAX_CSV_CHARS} characters`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i},${i}`).join('\n');
    expect(parseCsv(rows(MAX_CSV_POINTS), 'regression').ok).toBe(true);
    expect(errorsOf(rows(MAX_CSV_POINTS + 1), 'regression')).toEqual([
      'more than 2,000 points; keep at most that many',
    ]);
    expect(errorsOf('1,2\n'.repeat(50_001), 'regression')).toEqual([
      'the text is 200,004 characters long; at most 200,000 are read',
    ]);
  });
});

describe('parseCsv(text, "classification")', () => {
  it('reads x1, x2, label rows with labels 0 and 1', () => {
    const result = parseCsv('x1,x2,label\n0,0,0\n1,1,1\n', 'classification');
    expect(result).toEqual({
      ok: true,
      points: [
        [0, 0, 0],
        [1, 1, 1],
      ],
      warnings: ['line 1 read as a header: x1, x2, label'],
    });
  });

  it('maps labels −1 and 1 to 0 and 1 with a warning', () => {
    const result = parseCsv('0,0,-1\n1,1,1\n2,2,-1', 'classification');
    expect(result).toEqual({
      ok: true,
      points: [
        [0, 0, 0],
        [1, 1, 1],
        [2, 2, 0],
      ],
      warnings: ['labels −1 and 1 read as 0 and 1'],
    });
  });

  it('names the line of any other label', () => {
    expect(errorsOf('0,0,0\n1,1,1\n2,2,1\n3,3,0\n4,4,1\n5,5,0\n6,6,2', 'classification')).toEqual([
      'line 7: label must be 0 or 1, not 2',
    ]);
    expect(errorsOf('0,0,0\n1,1,-1\n2,2,1', 'classification')).toEqual([
      'line 2: label must be 0 or 1, not -1',
    ]);
    expect(errorsOf('0,0,0.5\n1,1,1', 'classification')).toEqual([
      'line 1: label must be 0 or 1, not 0.5',
    ]);
  });

  it('needs both classes and three values per row', () => {
    expect(errorsOf('0,0,1\n1,1,1\n2,2,1', 'classification')).toEqual([
      'needs points of both classes; every label is 1',
    ]);
    expect(errorsOf('0,0\n1,1', 'classification')).toEqual([
      'line 1: expected 3 values (x1, x2, label), found 2',
      'line 2: expected 3 values (x1, x2, label), found 2',
    ]);
  });
});
