import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/run';
import {
  batchOptions,
  clipLine,
  dataDomains,
  fittedLineAt,
  formatCoefficient,
  formatLine,
  sideOfBox,
} from '../../src/ui/problems/data-fit';

/** A run result with just the fields fittedLineAt reads. */
function result(points: number[][]): RunResult {
  return {
    optimizer: { type: 'gd', lr: 0.1 },
    dim: 2,
    trajectory: Float64Array.from(points.flat()),
    loss: new Float64Array(points.length),
    gradNorm: new Float64Array(points.length),
    lr: new Float64Array(points.length),
    divergedAt: null,
    elapsedMs: 0,
  };
}

describe('formatLine', () => {
  it('writes the line as read aloud, two decimals', () => {
    expect(formatLine(1.934, 1.118)).toBe('y = 1.93x + 1.12');
    expect(formatLine(2, 1)).toBe('y = 2.00x + 1.00');
  });

  it('uses the true minus sign for negative slopes and intercepts', () => {
    expect(formatLine(-0.5, -2)).toBe('y = −0.50x − 2.00');
    expect(formatLine(0.5, -0.25)).toBe('y = 0.50x − 0.25');
  });

  it('writes tiny coefficients in exponent form rather than as 0.00, and zero as 0 without a sign', () => {
    expect(formatLine(0.001, -0.001)).toBe('y = 1.0e-3x − 1.0e-3');
    expect(formatLine(0, -0)).toBe('y = 0x + 0');
  });

  it('keeps huge coefficients of a diverging fit short', () => {
    expect(formatCoefficient(123456)).toBe('1.2e5');
    expect(formatCoefficient(-98765.4)).toBe('−9.9e4');
    expect(formatCoefficient(Infinity)).toBe('∞');
    expect(formatCoefficient(NaN)).toBe('NaN');
  });
});

describe('fittedLineAt', () => {
  const run = result([
    [-1, -2],
    [0, -1],
    [1.5, 0.5],
  ]);

  it('reads (w, b) of the cursor step', () => {
    expect(fittedLineAt(run, 0)).toEqual({ w: -1, b: -2, step: 0, clamped: false });
    expect(fittedLineAt(run, 2)).toEqual({ w: 1.5, b: 0.5, step: 2, clamped: false });
  });

  it('clamps a cursor past a diverged run to its last valid point', () => {
    expect(fittedLineAt(run, 400)).toEqual({ w: 1.5, b: 0.5, step: 2, clamped: true });
  });

  it('treats negative and non-finite cursors as step 0', () => {
    expect(fittedLineAt(run, -3)?.step).toBe(0);
    expect(fittedLineAt(run, NaN)?.step).toBe(0);
  });

  it('has no line for an empty trajectory or a problem that is not 2D', () => {
    expect(fittedLineAt(result([]), 0)).toBeNull();
    expect(fittedLineAt({ ...run, dim: 3 }, 0)).toBeNull();
  });
});

describe('batchOptions', () => {
  it('offers full batch first, then sizes below n', () => {
    expect(batchOptions(100, undefined)).toEqual([
      { value: undefined, label: 'full batch (100)' },
      { value: 1, label: 'mini-batch of 1 (SGD)' },
      { value: 5, label: 'mini-batch of 5' },
      { value: 10, label: 'mini-batch of 10' },
      { value: 25, label: 'mini-batch of 25' },
      { value: 50, label: 'mini-batch of 50' },
    ]);
  });

  it('drops sizes that are not smaller than a small dataset', () => {
    expect(batchOptions(10, undefined).map((o) => o.value)).toEqual([undefined, 1, 5]);
  });

  it('includes a size a link set, in order, so the select shows what is in effect', () => {
    expect(batchOptions(100, 32).map((o) => o.value)).toEqual([undefined, 1, 5, 10, 25, 32, 50]);
    expect(batchOptions(100, 10).filter((o) => o.value === 10)).toHaveLength(1);
  });
});

/** The box x ∈ [0, 2], y ∈ [0, 6] that clipLine and sideOfBox clip to. */
const box = [
  [0, 2],
  [0, 6],
] as const;

describe('clipLine', () => {
  it('keeps a line crossing the whole box from side to side', () => {
    expect(clipLine(2, 1, ...box)).toEqual([0, 1, 2, 5]);
  });

  it('cuts a steep line where it leaves through the top and bottom', () => {
    const [x0, y0, x1, y1] = clipLine(10, -2, ...box)!;
    expect(x0).toBeCloseTo(0.2, 12);
    expect(y0).toBeCloseTo(0, 12);
    expect(x1).toBeCloseTo(0.8, 12);
    expect(y1).toBeCloseTo(6, 12);
  });

  it('returns null for a line that misses the box or is not finite', () => {
    expect(clipLine(-0.5, -2, ...box)).toBeNull();
    expect(clipLine(0, 7, ...box)).toBeNull();
    expect(clipLine(NaN, 1, ...box)).toBeNull();
  });

  it('keeps a horizontal line inside the box', () => {
    expect(clipLine(0, 3, ...box)).toEqual([0, 3, 2, 3]);
  });
});

describe('sideOfBox', () => {
  it('says where a line that misses the box passes it', () => {
    expect(sideOfBox(-0.5, -2, ...box)).toBe('below');
    expect(sideOfBox(1, 50, ...box)).toBe('above');
    expect(sideOfBox(2, 1, ...box)).toBe('inside');
  });
});

describe('dataDomains', () => {
  it('pads the points and rounds y to nice ends that contain them', () => {
    const { x, y } = dataDomains([0.4, 5.6, 3]);
    expect(x[0]).toBeLessThan(0);
    expect(x[1]).toBeGreaterThan(2);
    expect(y[0]).toBeLessThanOrEqual(0.4 - 0.06 * 5.2);
    expect(y[1]).toBeGreaterThanOrEqual(5.6 + 0.06 * 5.2);
    expect(Number.isInteger(y[0]) && Number.isInteger(y[1])).toBe(true);
  });

  it('gives a usable range for equal or missing points', () => {
    const flat = dataDomains([2, 2]).y;
    expect(flat[0]).toBeLessThan(2);
    expect(flat[1]).toBeGreaterThan(2);
    expect(dataDomains([]).y).toEqual([0, 1]);
  });
});
