/** One group of measured figures, keyed by dotted names (e.g. `weapp.totalBytes`). */
export interface BenchSection {
  title: string;
  run(): Promise<Record<string, number>>;
}
