/**
 * `npm start`: the product on this machine. Bundles the cloud functions,
 * builds the H5 app when stale, starts the local cloud (real wx-server-sdk
 * against the embedded database), seeds the demo data on first run and runs
 * the data migrations (functions/migrations) on whatever data is there.
 */
import path from 'node:path';
import { UPLOAD_SECRET_VAR } from '../cloudfunctions/shared/uploadFolder';
import { startLocalCloud } from '../localcloud';
import { productTemplates } from '../localcloud/console/productTemplates';
import { seedDemoData } from '../localcloud/seed/seedDemoData';
import { buildFunctions } from './build-functions';
import { buildH5IfStale } from './buildTaro';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  await buildFunctions();
  if (!process.argv.includes('--no-build')) buildH5IfStale();
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, '.data'));
  const cloud = await startLocalCloud({
    port: Number(process.env.PORT ?? 10086),
    host: '127.0.0.1',
    dataDir,
    functionsDir: path.join(root, 'dist', 'cloudfunctions'),
    staticDir: path.join(root, 'dist', 'h5'),
    enableTimers: true,
    subscribeTemplates: productTemplates(),
  });
  const seeded = await seedDemoData(cloud.store, new Date(), cloud.functionEnv[UPLOAD_SECRET_VAR]);
  // What the deployer does once on WeChat cloud: data from before a change is brought up to date.
  const migrated = await cloud.fireTimer('migrations', 'migrate');
  console.log(`migrations: ${JSON.stringify(migrated.result)}`);
  console.log(`\n网格通 is running at ${cloud.url}`);
  console.log(`data: ${dataDir}${seeded ? ' (demo data seeded)' : ''}`);
  console.log(`demo users: ${cloud.url}/dev/users · sent messages: ${cloud.url}/dev/outbox`);
  console.log('press Ctrl-C to stop\n');
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    cloud
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
