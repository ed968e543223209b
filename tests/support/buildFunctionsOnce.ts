import { buildFunctions } from '../../scripts/build-functions';

/** jest globalSetup: the cloud tests run the bundles that would be deployed. */
export default async function buildFunctionsOnce(): Promise<void> {
  await buildFunctions();
}
