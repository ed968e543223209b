import { buildTaro } from '../../scripts/buildTaro';

/**
 * Optional jest globalSetup for the `mp` project: builds dist/weapp fresh
 * (`NODE_ENV=production taro build --type weapp`, ~20 s) so the tests render
 * what ships. Without it, build the weapp beforehand.
 */
export default async function buildWeappOnce(): Promise<void> {
  buildTaro('weapp');
}
