/**
 * The channel a worker's streamed runs report over (issue 17): one MessagePort per worker, opened
 * with its first stream, each report tagged with its stream's number. It replaces a comlink proxy
 * per request, which made a new MessageChannel for every slider input, sent its port over, and
 * answered each report with a message of its own (a proxied call returns a value) and the proxy's
 * release with another. Reports need no answer: a plain port does.
 */
import type { StreamReport } from './run-stream';

/** What the worker posts on the channel (src/engine/worker-calls.ts, runStream). */
export interface TaggedReport {
  stream: number;
  report: StreamReport;
}

export class ReportChannel {
  /** Resolves once the worker holds its end: a stream starts after it. */
  readonly ready: Promise<void>;
  /** True once `ready` has resolved: a stream may then be sent without waiting a microtask. */
  isReady = false;
  private readonly listeners = new Map<number, (report: StreamReport) => void>();
  private last = 0;

  /** `open` hands the worker its end of a new channel (a comlink call transferring the port). */
  constructor(open: (port: MessagePort) => Promise<unknown>) {
    const { port1, port2 } = new MessageChannel();
    // Setting onmessage starts the port. A report of a stream already closed (superseded, or
    // from before a restart) finds no listener and is dropped.
    port1.onmessage = (event: MessageEvent<TaggedReport>) =>
      this.listeners.get(event.data.stream)?.(event.data.report);
    this.ready = open(port2).then(() => {
      this.isReady = true;
    });
  }

  /** A new stream's number; its reports go to `onReport` until it is closed. */
  open(onReport: (report: StreamReport) => void): number {
    const stream = ++this.last;
    this.listeners.set(stream, onReport);
    return stream;
  }

  close(stream: number): void {
    this.listeners.delete(stream);
  }
}

const channels = new WeakMap<object, ReportChannel>();

/** The channel of the worker behind `remote`, opened on first use. */
export function reportChannelOf(
  remote: object,
  open: (port: MessagePort) => Promise<unknown>,
): ReportChannel {
  let channel = channels.get(remote);
  if (!channel) {
    channel = new ReportChannel(open);
    channels.set(remote, channel);
  }
  return channel;
}
