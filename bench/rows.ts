/** One line of the benchmark table: a measured figure, its unit and its target. */
export interface Row {
  name: string;
  value: number;
  unit: string;
  /** The target as printed ("≥ 55", "≤ 33"); empty when the figure has none. */
  target: string;
  /** Whether the figure meets its target; undefined when it has none. */
  pass: boolean | undefined;
}
