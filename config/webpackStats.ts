import { writeFileSync } from 'node:fs';
import type { Compiler } from 'webpack';

/** Analysis aid: `H5_STATS=<file> npm run build:h5` (or `WEAPP_STATS=<file>` for the weapp build) writes webpack's chunk and module stats there. */
export class WebpackStatsPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('WebpackStatsPlugin', (stats) => {
      const json = stats.toJson({
        all: false,
        assets: true,
        chunks: true,
        chunkModules: true,
        chunkOrigins: true,
        chunkGroups: true,
        entrypoints: true,
        ids: true,
        nestedModules: true,
        dependentModules: true,
        runtimeModules: false,
        chunkModulesSpace: Infinity,
        nestedModulesSpace: Infinity,
      });
      writeFileSync(this.file, JSON.stringify(json));
    });
  }
}
