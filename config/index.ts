import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

/**
 * The WeChat cloud environment id the mini-program talks to.
 * Set it for a real deployment in one of:
 *   - a `.env.production` / `.env.development` file at the repo root: TARO_APP_CLOUD_ENV=prod-1a2b3c
 *   - the shell: TARO_APP_CLOUD_ENV=prod-1a2b3c npx taro build --type weapp
 * While it is the placeholder, the app initialises wx.cloud without an env id,
 * which uses the default environment of the AppID in WeChat DevTools.
 */
export const CLOUD_ENV_PLACEHOLDER = 'REPLACE_WITH_CLOUD_ENV_ID';

// Every Taro build runs for one platform; each gets its own output folder.
const platform = process.env.TARO_ENV || 'weapp';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wanggetong',
    date: '2024-11-23',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    // `env` entries become `process.env.X` in the bundle. Values from .env files
    // with the TARO_APP_ prefix override these (Taro merges them after loading this file).
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV || CLOUD_ENV_PLACEHOLDER),
    },
    defineConstants: {},
    alias: {
      '@': path.resolve(root, 'src'),
      // The contract is imported with `import type`, except its zod-free value
      // modules `@contract/retrySafe` (which actions may be sent twice) and
      // `@contract/textLimits` (how long each typed text may be).
      '@contract': path.resolve(root, 'cloudfunctions/contract'),
    },
    copy: { patterns: [], options: {} },
    // H5 runs on Preact (react-dom is most of the first screen's script on a rural link, issue 15); the weapp on React.
    framework: platform === 'h5' ? 'preact' : 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Pages share components in different orders; CSS is scoped by BEM class names, so order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: {
        include: [path.resolve(root, 'cloudfunctions/contract')],
      },
      postcss: {
        // WeChat draws pages with WKWebView on iOS and its own Chromium on Android:
        // the prefixes of other browsers (-ms-, -moz-) are bytes in every package for nobody.
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['ios >= 9', 'android >= 4.4'] } },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // View, Text, Image, Input, Picker, Button, Icon, ScrollView and Swiper as plain React
      // components (@tarojs/components-react): no Stencil runtime or custom elements on the
      // pages that use only these (the home page); the rest still come from Stencil, with the pages that use them.
      useHtmlComponents: true,
      // No hot reload on H5: with Preact, Taro's plugin would need @prefresh/webpack for any
      // non-production build unless this is off (and babel.config.js turns off @prefresh/babel-plugin).
      devServer: { hot: false },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      // taro-ui ships ES modules and px-based Sass; list it so its px are converted too.
      esnextModules: ['taro-ui'],
      compile: {
        include: [path.resolve(root, 'cloudfunctions/contract')],
      },
      // Content hashes: a file keeps its name while its bytes stay the same, so
      // phones keep it across deploys (served immutable, see localcloud/server/static-files.ts).
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // The root font size follows the screen's width up to this: a phone
        // gets its design size, a desktop (staff at the 工作台) a readable
        // one instead of everything at twice a phone's size.
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
