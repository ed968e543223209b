import type Chain from 'webpack-chain';

type TerserArgs = [{ terserOptions?: { output?: Record<string, unknown> } } & Record<string, unknown>];

/**
 * Taro's weapp minifier writes every non-ASCII character as a \uXXXX escape
 * (terser `ascii_only: true`): six bytes for a Chinese character that UTF-8
 * stores in three, and the UI text is mostly Chinese. WeChat reads package
 * files as UTF-8, so the build writes the characters themselves.
 */
export function writeUtf8(chain: Chain): void {
  if (!chain.optimization.minimizers.has('terserPlugin')) return;
  chain.optimization.minimizer('terserPlugin').tap(([options]: TerserArgs) => [
    {
      ...options,
      terserOptions: { ...options.terserOptions, output: { ...options.terserOptions?.output, ascii_only: false } },
    },
  ]);
}
