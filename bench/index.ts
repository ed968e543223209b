/**
 * `npm run bench` prints measured figures; `npm run bench -- --json` prints
 * them as one JSON object of dotted keys. `--only <prefix>` runs the sections
 * whose figures start with it (e.g. `--only dbActions`). Later features add a
 * section to SECTIONS.
 */
// First: the sections name upload folders when they load (tests/support/uploadSecret.ts).
import '../tests/support/uploadSecret';
import type { BenchSection } from './BenchSection';
import { bookingRushSection } from './sections/bookingRush';
import { claimRace } from './sections/claimRace';
import { dbActionsPerAction } from './sections/dbActionsPerAction';
import { requestsBench, sweepBench } from './sections/requests';
import { weappSize } from './sections/weappSize';
// Console.
import { dashboardBench } from './sections/dashboard';
import { ledgerBench } from './sections/ledger';
import { phoneLinkBench } from './sections/phoneLink';
// Transactions.
import { transactionsBench } from './sections/transactions';
// Speed.
import { bookingScaleBench } from './sections/bookingScale';
import { coldStartBench } from './sections/coldStart';
import { h5Bench } from './sections/h5';
// What each list or lookup costs the database.
import { scanBench } from './sections/scan';
import { visitsBench } from './sections/visits';
import { rosterHouseholdsBench } from './sections/rosterHouseholds';
import { proxyAgentsBench } from './sections/proxyAgents';

const SECTIONS: Array<{ prefix: string; section: BenchSection }> = [
  { prefix: 'weapp', section: weappSize },
  { prefix: 'dbActions', section: dbActionsPerAction },
  { prefix: 'requests', section: requestsBench },
  { prefix: 'sweep', section: sweepBench },
  { prefix: 'booking', section: bookingRushSection },
  { prefix: 'claims', section: claimRace },
  { prefix: 'dashboard', section: dashboardBench },
  { prefix: 'ledger', section: ledgerBench },
  { prefix: 'phoneLink', section: phoneLinkBench },
  { prefix: 'transactions', section: transactionsBench },
  { prefix: 'booking', section: bookingScaleBench },
  { prefix: 'coldStart', section: coldStartBench },
  { prefix: 'h5', section: h5Bench },
  { prefix: 'scan', section: scanBench },
  { prefix: 'visits', section: visitsBench },
  { prefix: 'roster', section: rosterHouseholdsBench },
  { prefix: 'proxyAgents', section: proxyAgentsBench },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const figures: Record<string, number> = {};
  for (const { prefix, section } of SECTIONS) {
    if (only && !prefix.startsWith(only) && !only.startsWith(prefix)) continue;
    if (!json) console.error(`▶ ${section.title}`);
    // Builds and runtimes log to stdout; keep stdout clean for --json.
    const log = console.log;
    if (json) console.log = (...parts: unknown[]) => console.error(...parts);
    try {
      Object.assign(figures, await section.run());
    } finally {
      console.log = log;
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(width)}  ${value.toLocaleString('en-US')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
