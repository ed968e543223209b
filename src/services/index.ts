/**
 * The clients pages talk to, one module per area (`@/services/<area>`):
 * a page imports the areas it calls (`import * as postsApi from
 * '@/services/posts'`), so a subpackage's client ships in that subpackage
 * and the main package carries only the areas its pages call. Pages never
 * touch transports, wx.cloud or fetch. This module holds what every area shares.
 */
export { CloudError, isCloudError, isConflict } from './errors';
export type { CloudErrorCode } from './errors';
export type { HomeData } from './home';
