import { describe, expect, it } from 'vitest';
import { ReportChannel, reportChannelOf, type TaggedReport } from '../../src/engine/report-channel';
import type { StreamReport } from '../../src/engine/run-stream';

/** A stand-in report: the channel only routes it. */
const report = (n: number) => ({ n }) as unknown as StreamReport;

describe('ReportChannel', () => {
  it('hands the worker its port, and routes each tagged report to its stream until closed', async () => {
    let workerEnd: MessagePort | null = null;
    const channel = new ReportChannel(async (port) => (workerEnd = port));
    await channel.ready;
    expect(workerEnd).not.toBeNull();

    const first: unknown[] = [];
    const second: unknown[] = [];
    const a = channel.open((r) => first.push(r));
    const b = channel.open((r) => second.push(r));
    expect(a).not.toBe(b);
    const post = (tagged: TaggedReport) => workerEnd!.postMessage(tagged);
    post({ stream: a, report: report(1) });
    post({ stream: b, report: report(2) });
    post({ stream: a, report: report(3) });
    await expect.poll(() => first.length + second.length).toBe(3);
    expect(first).toEqual([report(1), report(3)]);
    expect(second).toEqual([report(2)]);

    // A closed stream's late reports (a superseded request) are dropped; others still arrive.
    channel.close(a);
    post({ stream: a, report: report(4) });
    post({ stream: b, report: report(5) });
    await expect.poll(() => second.length).toBe(2);
    expect(first).toHaveLength(2);
    workerEnd!.close();
  });

  it('opens one channel per worker', async () => {
    let opened = 0;
    const open = async () => opened++;
    const remote = {};
    expect(reportChannelOf(remote, open)).toBe(reportChannelOf(remote, open));
    expect(reportChannelOf({}, open)).not.toBe(reportChannelOf(remote, open));
    expect(opened).toBe(2);
  });
});
