import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions, functionsOutDir } from '../../scripts/build-functions';
import type { BenchSection } from '../BenchSection';

/** Fresh processes per figure; the median is reported (the machine is shared, single runs wander). */
const RUNS = Number(process.env.BENCH_COLD_START_RUNS ?? 9);

/**
 * One fresh Node process: the CPU time (ms) to require wx-server-sdk, then
 * the deployable bundle (and, when given, a vendor file an action loads
 * lazily). CPU time rather than wall time, so other work on the machine
 * does not count; the SDK is measured in the same process as its anchor.
 */
const PROBE = `
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const [bundle, extra] = process.argv.slice(1);
const start = cpu();
require(require.resolve('wx-server-sdk', { paths: [bundle] }));
const sdk = cpu();
require(bundle);
if (extra) require(extra);
process.stdout.write(JSON.stringify({ sdkMs: sdk - start, totalMs: cpu() - start }));
`;

interface Probe {
  sdkMs: number;
  totalMs: number;
}

function probe(bundle: string, extra?: string): Probe {
  const result = spawnSync(process.execPath, ['-e', PROBE, bundle, ...(extra ? [extra] : [])], {
    encoding: 'utf8',
    // The bundles read their deployment settings from the environment; none are needed to load.
    env: { PATH: process.env.PATH ?? '', SILENCE: 'true' },
  });
  if (result.status !== 0) throw new Error(`loading ${bundle} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Probe;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median over RUNS of (SDK + bundle) / SDK alone, and the SDK's own time. */
function measure(bundle: string, extra?: string): { ratio: number; sdkMs: number } {
  const runs = Array.from({ length: RUNS }, () => probe(bundle, extra));
  return {
    ratio: Math.round(median(runs.map((run) => run.totalMs / run.sdkMs)) * 100) / 100,
    sdkMs: median(runs.map((run) => run.sdkMs)),
  };
}

/**
 * Cold start of each deployable cloud function: what requiring its bundle
 * costs beside loading wx-server-sdk alone (the anchor every function pays).
 * `coldStart.<fn>.ratio` is what every action of the function pays on a
 * cold start; `coldStart.<fn>.excelRatio` what an action that reads or
 * writes Excel pays when it is the first to run (it loads vendor/exceljs.js).
 */
export const coldStartBench: BenchSection = {
  title: `cold start: require time of each function against wx-server-sdk alone (CPU, median of ${RUNS})`,
  async run() {
    const names = await buildFunctions();
    const figures: Record<string, number> = {};
    const sdkTimes: number[] = [];
    for (const name of names) {
      const dir = path.join(functionsOutDir, name);
      const bundle = path.join(dir, 'index.js');
      const { ratio, sdkMs } = measure(bundle);
      sdkTimes.push(sdkMs);
      figures[`coldStart.${name}.ratio`] = ratio;
      const excel = path.join(dir, 'vendor', 'exceljs.js');
      if (existsSync(excel)) figures[`coldStart.${name}.excelRatio`] = measure(bundle, excel).ratio;
    }
    figures['coldStart.sdkMs'] = Math.round(median(sdkTimes));
    return figures;
  },
};
