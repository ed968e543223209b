import type { UserConfigExport } from '@tarojs/cli';

/** Production builds (`NODE_ENV=production`): Taro minifies JS and CSS by default. */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
