/**
 * The user's own table from CSV (src/scenario/csv-table.ts): many features, many classes, labels
 * as numbers or text, and every bad file answered by line with what is wrong, hostile ones too.
 */
import { describe, expect, it } from 'vitest';
import { parseTableCsv } from '../../src/scenario/csv-table';
import { validateRows } from '../../src/scenario/validate-table';
import { Issues } from '../../src/scenario/checks';

const ok = (text: string) => {
  const result = parseTableCsv(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
};
const errors = (text: string) => {
  const result = parseTableCsv(text);
  if (result.ok) throw new Error('parsed');
  return result.errors.join('\n');
};

describe('a table from CSV', () => {
  it('reads many features and classes 0 … K − 1 as they are', () => {
    const result = ok('a,b,c,d,class\n1,2,3,4,0\n5,6,7,8,2\n1.5,2,3e2,-4,1\n');
    expect(result.points).toEqual([
      [1, 2, 3, 4, 0],
      [5, 6, 7, 8, 2],
      [1.5, 2, 300, -4, 1],
    ]);
    expect(result.warnings).toEqual(['line 1 read as a header: a, b, c, d, class']);
  });

  it('renumbers text labels in sorted order and says which class is which', () => {
    const result = ok('5.1,3.5,setosa\n7.0,3.2,versicolor\n6.3,3.3,virginica\n4.9,3.0,setosa');
    expect(result.points.map((row) => row.at(-1))).toEqual([0, 1, 2, 0]);
    expect(result.warnings).toEqual([
      'labels read as classes: setosa → 0, versicolor → 1, virginica → 2',
    ]);
  });

  it('renumbers numeric labels by value (1, 2, 10 → 0, 1, 2; −1 and 1 → 0, 1)', () => {
    expect(ok('1;1\n2;10\n3;2\n4;1.0').points.map((r) => r.at(-1))).toEqual([0, 2, 1, 0]);
    const signed = ok('0.5 -1\n0.7 1');
    expect(signed.points).toEqual([
      [0.5, 0],
      [0.7, 1],
    ]);
    expect(signed.warnings).toEqual(['labels read as classes: -1 → 0, 1 → 1']);
  });

  it('reads decimal commas with semicolons, quotes, comments and a byte-order mark', () => {
    const result = ok('\uFEFF# measurements\n"x";"y";"label"\n1,5;2;"a"\n2,5;3;"b"\n');
    expect(result.points).toEqual([
      [1.5, 2, 0],
      [2.5, 3, 1],
    ]);
  });

  const BAD: [string, string, RegExp][] = [
    [
      'a row of another length',
      '1,2,0\n3,1\n4,5,1',
      /line 2: expected 3 values like the first row, found 2/,
    ],
    ['a feature that is no number', '1,2,0\n3,x,1', /line 2: column 2 is "x", not a number/],
    ['NaN', '1,2,0\nNaN,1,1', /line 2: column 1 is "NaN", not a finite number/],
    ['a huge value', '1,2,0\n1e400,1,1', /line 2: column 1 is 1e400, larger than 1e\+6/],
    [
      'a fractional label',
      '1,2,0\n3,4,1.5',
      /line 2: the label 1\.5 is not a whole number \(the last column is the class\)/,
    ],
    ['one class', '1,2,a\n3,4,a', /needs rows of at least two classes; every label is "a"/],
    [
      'a measurement as the last column',
      Array.from({ length: 30 }, (_, i) => `${i},${i * 0.37}`).join('\n'),
      /line 2: the label 0\.37 is not a whole number/,
    ],
    [
      'too many classes',
      Array.from({ length: 30 }, (_, i) => `${i},${i}`).join('\n'),
      /30 different labels; at most 20 classes are allowed \(is the last column the class\?\)/,
    ],
    [
      'too many features',
      `${new Array(70).fill(1).join(',')}\n`,
      /line 1: 70 values; a row is 1 to 64 features and then the class label/,
    ],
    ['a single column', '1\n2\n', /line 1: 1 values; a row is 1 to 64 features/],
    ['one row', 'x,label\n1,0', /needs at least 2 rows \(features…, label\); found 1/],
    ['an empty label', '1,2,0\n3,4,""', /line 2: expected 3 values like the first row, found 2/],
    [
      'too many rows',
      Array.from({ length: 2001 }, (_, i) => `${i},${i % 2}`).join('\n'),
      /more than 2,000 rows/,
    ],
    [
      'too much text',
      `1,0\n${'9'.repeat(2_000_001)},1`,
      /characters long; at most 2,000,000 are read/,
    ],
  ];
  for (const [name, text, message] of BAD) {
    it(`refuses ${name}, saying where and why`, () => expect(errors(text)).toMatch(message));
  }

  it('lists at most ten errors, then how many more', () => {
    const text = ['1,2,0', ...Array.from({ length: 15 }, () => '1,x,1')].join('\n');
    const list = errors(text).split('\n');
    expect(list).toHaveLength(11);
    expect(list.at(-1)).toBe('… and 5 more');
  });

  it('keeps hostile labels short in its messages', () => {
    const long = 'ab'.repeat(50_000);
    const result = ok(`1,${long}\n2,b\n3,\u001b[31mred`);
    for (const warning of result.warnings) expect(warning.length).toBeLessThan(220);
    expect(errors(`1,${long}\n2,${long}`).length).toBeLessThan(200);
  });

  it('what it reads, validation accepts', () => {
    const result = ok(
      Array.from({ length: 300 }, (_, i) => `${i},${i * 2},${-i},c${i % 7}`).join('\n'),
    );
    const issues = new Issues();
    expect(validateRows(issues, result.points, 'points')).toBe(result.points);
    expect(issues.empty).toBe(true);
  });
});
