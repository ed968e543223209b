import type Chain from 'webpack-chain';

interface TerserPluginOptions {
  terserOptions?: { output?: Record<string, unknown> };
}

/**
 * Taro's weapp minifier writes every non-ASCII character as a \uXXXX escape
 * (terser `ascii_only: true`): six bytes for a Chinese character that UTF-8
 * stores in three, and the UI text is mostly Chinese. WeChat reads package
 * files as UTF-8, so the build writes the characters themselves.
 */
export function writeUtf8(chain: Chain): void {
  // webpack-chain's typings omit the minimizers map it keeps (Taro registers terser as 'terserPlugin').
  const { minimizers } = chain.optimization as unknown as { minimizers: { has(name: string): boolean } };
  if (!minimizers.has('terserPlugin')) return;
  chain.optimization.minimizer('terserPlugin').tap((args: unknown[]) => {
    const options = (args[0] ?? {}) as TerserPluginOptions;
    const terserOptions = { ...options.terserOptions, output: { ...options.terserOptions?.output, ascii_only: false } };
    return [{ ...options, terserOptions }];
  });
}
