/**
 * H5 runs on Preact, whose hot reload needs @prefresh/webpack (Taro's
 * framework plugin) and @prefresh/babel-plugin (babel-preset-taro) in every
 * non-production H5 build unless hot reload is off; neither is installed.
 * Both switches are read here as the build reads them, without building.
 */
import merge from 'lodash/merge';

type Config = { h5?: { devServer?: { hot?: unknown } } };
type ConfigFn = (merge: (...configs: object[]) => object, env: { command: string; mode: string }) => Promise<Config>;

const saved = { TARO_ENV: process.env.TARO_ENV, NODE_ENV: process.env.NODE_ENV };
afterEach(() => {
  process.env.TARO_ENV = saved.TARO_ENV;
  process.env.NODE_ENV = saved.NODE_ENV;
});

/** The project config as `taro build --type h5` makes it under this NODE_ENV. */
async function h5Config(nodeEnv: string): Promise<Config> {
  process.env.TARO_ENV = 'h5';
  process.env.NODE_ENV = nodeEnv;
  let config: Promise<Config> | undefined;
  jest.isolateModules(() => {
    const { default: define } = jest.requireActual<{ default: ConfigFn }>('../../config/index');
    config = define((...configs) => merge({}, ...configs), { command: 'build', mode: nodeEnv });
  });
  return config!;
}

it.each(['development', 'production'])('turns hot reload off for an H5 build (%s)', async (nodeEnv) => {
  expect((await h5Config(nodeEnv)).h5?.devServer?.hot).toBe(false);
});

it('turns off the Preact refresh plugin of babel-preset-taro for H5', () => {
  process.env.TARO_ENV = 'h5';
  let presets: Array<[string, { framework?: string; hot?: unknown }]> = [];
  jest.isolateModules(() => {
    presets = jest.requireActual<{ presets: typeof presets }>('../../babel.config.js').presets;
  });
  const [, taro] = presets.find(([name]) => name === 'taro')!;
  expect(taro).toMatchObject({ framework: 'preact', hot: false });
});
