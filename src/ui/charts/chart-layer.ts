/** What a layer of the loss chart draws from: the plot's geometry, the runs' series and names. */
import type { ChartSeries } from '../../plot/chart-series';
import type { ChartRun } from './ChartLines';
import type { ChartGeometry } from './geometry';

export interface ChartLayerProps {
  geo: ChartGeometry;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
}
