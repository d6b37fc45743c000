/** One line of the benchmark report: a measured figure, its baseline from the same run, and the target. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineName?: string;
  /** baseline / value for times (higher is better), as the row's target states. */
  ratio?: number;
  target: string;
  met: boolean;
}
