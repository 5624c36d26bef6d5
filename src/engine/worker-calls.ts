/**
 * The engine worker's calls (workers/engine.worker.ts): runs, surfaces, probes, a classifier's
 * decision grid and the thumbnails, each transferring its buffers. The lab worker
 * (workers/lab.worker.ts) offers these and the lab's own (worker-lab.ts). No logic of their own.
 */
import { transfer } from 'comlink';
import { buffersOf, engineApi, modelBuffers, type SurfaceRequest } from './api';
import { reportBuffers } from './run-stream';
import type { TaggedReport } from './report-channel';
import type { PlaneRef } from './worker-planes';
import type { SliceMethod } from '../core/slice';
import type { View } from '../core/problems';
import type { ProblemSpec, Scenario } from '../scenario/types';

/** The port streamed runs report over (report-channel.ts), once the page has sent it. */
let reportPort: MessagePort | null = null;

export const engineCalls = {
  run(scenario: Scenario) {
    const results = engineApi.run(scenario);
    return transfer(results, buffersOf(results));
  },
  /** Takes the port streamed runs report over (src/engine/report-channel.ts). */
  openReports(port: MessagePort) {
    reportPort = port;
  },
  /** Reports go back on the report port at once, tagged with `stream`, their arrays transferred. */
  runStream(scenario: Scenario, method: SliceMethod | null, stream: number) {
    const port = reportPort;
    if (!port) throw new Error('runStream before openReports');
    return engineApi.runStream(scenario, method, (report) => {
      const tagged: TaggedReport = { stream, report };
      port.postMessage(tagged, reportBuffers(report));
    });
  },
  runModel(scenario: Scenario, method: SliceMethod) {
    const output = engineApi.runModel(scenario, method);
    return transfer(output, modelBuffers(output));
  },
  decision(problem: ProblemSpec, params: Float64Array, view: View, nx: number, ny: number) {
    const grid = engineApi.decision(problem, params, view, nx, ny);
    return grid ? transfer(grid, [grid.buffer]) : grid;
  },
  surface(request: SurfaceRequest) {
    const image = engineApi.surface(request);
    return transfer(image, [image.bitmap]);
  },
  probe(problem: ProblemSpec, point: [number, number], plane?: PlaneRef) {
    return engineApi.probe(problem, point, plane);
  },
  thumbnails(width: number, height: number, pixelRatio: number) {
    const images = engineApi.thumbnails(width, height, pixelRatio);
    return transfer(
      images,
      images.map((image) => image.bitmap),
    );
  },
  /** For fault-injection tests: throw outside any call, as a crashing worker would. */
  crash() {
    setTimeout(() => {
      throw new Error('engine crash requested');
    });
  },
};
