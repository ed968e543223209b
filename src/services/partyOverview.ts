import { callCloud } from './cloud';

/**
 * 党员服务's entry on 首页 and 我的 (components/PartyEntry): the one posts
 * action the main package calls. Apart from posts.ts so the rest of the
 * posts client ships in the party subpackage.
 */
export const getOverview = () => callCloud('posts', 'overview', {});
