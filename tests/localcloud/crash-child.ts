/**
 * Started as a separate process by durability.test.ts, then killed with
 * SIGKILL: a real crash, no close(), no flush.
 */
import { startLocalCloud } from '../../localcloud';

const [dataDir, functionsDir] = process.argv.slice(2);

startLocalCloud({ port: 0, dataDir, functionsDir, workers: 2 })
  .then((cloud) => {
    process.stdout.write(`${JSON.stringify({ url: cloud.url })}\n`);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
