import { describe, expect, it } from 'vitest';
import { inputCosts, quantile, type TraceEvent } from '../../bench/main-thread';

const MAIN = { pid: 7, tid: 1 };
const mark = (i: number, ts: number): TraceEvent => ({
  name: `slider-${i}`,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  ...MAIN,
});
const task = (name: string, ts: number, dur: number, thread = MAIN): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...thread,
});

describe('the main thread’s cost per input, from a trace', () => {
  it('sums each window’s top-level tasks and splits them into parts by self time', () => {
    const events = [
      mark(0, 1_000),
      // Input 0: an event handler (2 ms, of which 0.5 ms garbage collection), then a frame
      // with style 1 ms, layout 1.5 ms and paint 0.5 ms inside a 3.5 ms task.
      task('RunTask', 1_000, 2_000),
      task('EventDispatch', 1_000, 2_000),
      task('MinorGC', 1_500, 500),
      task('RunTask', 5_000, 3_500),
      task('UpdateLayoutTree', 5_000, 1_000),
      task('Layout', 6_000, 1_500),
      task('Paint', 7_500, 500),
      mark(1, 20_000),
      // Input 1: a message from the worker, 4 ms (a task as the toplevel category names it);
      // another thread's work does not count.
      task('ThreadControllerImpl::RunTask', 20_000, 4_000),
      task('HandlePostMessage', 20_000, 3_000),
      task('RunTask', 20_000, 50_000, { pid: 7, tid: 9 }),
      task('FunctionCall', 20_000, 50_000, { pid: 7, tid: 9 }),
    ];
    const [first, second] = inputCosts(events, 'slider-');
    expect(first!.total).toBeCloseTo(5.5);
    expect(first!.parts).toEqual({ scripting: 2, style: 1, layout: 1.5, paint: 0.5, other: 0.5 });
    expect(second!.total).toBeCloseTo(4);
    expect(second!.parts.scripting).toBeCloseTo(3);
    expect(second!.parts.other).toBeCloseTo(1);
  });

  it('clips a task that straddles a mark, and refuses a trace without marks', () => {
    const events = [mark(0, 0), task('RunTask', 9_000, 2_000), mark(1, 10_000)];
    const costs = inputCosts(events, 'slider-');
    expect(costs.map((c) => c.total)).toEqual([1, 1]);
    expect(() => inputCosts([task('RunTask', 0, 1)], 'slider-')).toThrow(/no "slider-" marks/);
  });

  it('takes quantiles by nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 0.95)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
