import { buildFunctions } from '../../scripts/build-functions';
import { buildTaro } from '../../scripts/buildTaro';

/** jest globalSetup for the browser tests: what `npm start` serves, built fresh. */
export default async function buildH5Once(): Promise<void> {
  await buildFunctions();
  buildTaro('h5');
}
