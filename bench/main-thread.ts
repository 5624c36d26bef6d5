/**
 * The main thread's cost per input, from a Chromium trace (issue 17 §1): the time the page's main
 * thread spent busy between one input's mark and the next, whatever the machine's other load —
 * a busy machine stretches the wall-clock latency, but not the work the page itself does.
 *
 * The benchmark marks each input with `performance.mark('<prefix><i>')` (category
 * blink.user_timing), records the trace with the devtools.timeline categories, and hands the
 * trace's events here. Each window runs from an input's mark to the next one's (the last to the
 * trace's end). In a window:
 *   - total: the time covered by the main thread's top-level tasks, clipped to it;
 *   - its parts, by the self time of the events inside those tasks, sorted as DevTools' summary
 *     does: scripting (event handlers, callbacks, timers, frames' rAF, microtasks, messages from
 *     the workers, garbage collection), style, layout, paint (pre-paint, paint, layerising and
 *     the commit to the compositor), and the rest.
 * Pure: trace events in, numbers out (test/bench/main-thread.test.ts).
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export type Part = 'scripting' | 'style' | 'layout' | 'paint' | 'other';

export interface WindowCost {
  /** Milliseconds of main-thread tasks in the window. */
  total: number;
  parts: Record<Part, number>;
}

const PARTS: Record<string, Part> = {
  EventDispatch: 'scripting',
  FunctionCall: 'scripting',
  TimerFire: 'scripting',
  FireAnimationFrame: 'scripting',
  RunMicrotasks: 'scripting',
  HandlePostMessage: 'scripting',
  'MessagePort::Accept': 'scripting',
  'v8.callFunction': 'scripting',
  'v8.run': 'scripting',
  EvaluateScript: 'scripting',
  'v8.evaluateModule': 'scripting',
  MinorGC: 'scripting',
  MajorGC: 'scripting',
  'V8.GCScavenger': 'scripting',
  'V8.GC_SCAVENGER': 'scripting',
  UpdateLayoutTree: 'style',
  'Document::recalcStyle': 'style',
  Layout: 'layout',
  'LocalFrameView::layout': 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  'Canvas2DResourceProvider::ProduceCanvasResource': 'paint',
};

const partOf = (name: string): Part => PARTS[name] ?? 'other';

/**
 * A task of the thread's scheduler: `RunTask` with the disabled-by-default timeline categories,
 * `ThreadControllerImpl::RunTask` with `toplevel`, the lighter set the benchmark records (the
 * heavier one inflated the figures it measures by about a third).
 */
const isTask = (name: string) => name === 'RunTask' || name === 'ThreadControllerImpl::RunTask';

const emptyParts = (): Record<Part, number> => ({
  scripting: 0,
  style: 0,
  layout: 0,
  paint: 0,
  other: 0,
});

/** The main thread: the thread the input marks were made on. */
function markThread(events: readonly TraceEvent[], prefix: string) {
  const mark = events.find(
    (e) => e.name.startsWith(prefix) && (e.cat ?? '').includes('blink.user_timing'),
  );
  return mark ? { pid: mark.pid, tid: mark.tid } : null;
}

/**
 * The cost of each input window, in the order of the marks (`<prefix>0`, `<prefix>1`, …).
 * Throws when the trace holds no mark: the benchmark's figure would otherwise silently be empty.
 */
export function inputCosts(events: readonly TraceEvent[], prefix: string): WindowCost[] {
  const thread = markThread(events, prefix);
  if (!thread) throw new Error(`no "${prefix}" marks in the trace`);
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const marks = onThread
    .filter((e) => e.name.startsWith(prefix) && (e.cat ?? '').includes('blink.user_timing'))
    .map((e) => ({ index: Number(e.name.slice(prefix.length)), ts: e.ts }))
    .filter((m) => Number.isInteger(m.index))
    .sort((a, b) => a.index - b.index);
  const complete = onThread
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const end = Math.max(...complete.map((e) => e.ts + e.dur!), ...marks.map((m) => m.ts));
  const windows = marks.map((m, i) => ({ from: m.ts, to: marks[i + 1]?.ts ?? end }));
  const costs = windows.map(() => ({ total: 0, parts: emptyParts() }));
  const windowAt = (ts: number) => windows.findIndex((w) => ts >= w.from && ts < w.to);
  const overlap = (from: number, to: number, w: { from: number; to: number }) =>
    Math.max(0, Math.min(to, w.to) - Math.max(from, w.from));

  // Self times by nesting: each event's duration less its direct children's. An event is
  // credited to the window it starts in (a task seldom straddles a mark: marks are made
  // between tasks).
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const event of complete) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= event.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - event.dur!);
    self.set(event, (self.get(event) ?? 0) + event.dur!);
    if (isTask(event.name) && !stack.some((e) => isTask(e.name)))
      windows.forEach((w, i) => (costs[i]!.total += overlap(event.ts, event.ts + event.dur!, w)));
    stack.push(event);
  }
  for (const [event, time] of self) {
    if (isTask(event.name)) continue;
    const i = windowAt(event.ts);
    if (i >= 0) costs[i]!.parts[partOf(event.name)] += time;
  }
  // Microseconds to milliseconds; "other" is what the tasks held beyond the named parts.
  return costs.map(({ total, parts }) => {
    const named = parts.scripting + parts.style + parts.layout + parts.paint;
    return {
      total: total / 1000,
      parts: {
        scripting: parts.scripting / 1000,
        style: parts.style / 1000,
        layout: parts.layout / 1000,
        paint: parts.paint / 1000,
        other: Math.max(0, total - named) / 1000,
      },
    };
  });
}

/** The value at quantile `p` of `values` (nearest rank, as the benchmark's other percentiles). */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
