import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildTaro } from '../../scripts/buildTaro';
import { buildHelloWorld } from '../../scripts/weapp/helloWorld';
import { packageBytes } from '../../scripts/weapp/packageBytes';
import { runWeappCheck } from '../../scripts/weapp/runWeappCheck';
import type { BenchSection } from '../BenchSection';

const weappDir = path.resolve(__dirname, '../../dist/weapp');

/**
 * WeChat limits: 2 MB per package, 20 MB in all. Source maps are not uploaded.
 * The main package beside its anchor, Taro's React hello-world built with the
 * same versions and config (scripts/weapp/helloWorld.ts, built once and cached).
 * And how many of WeChat's 11 code-quality checks pass.
 */
export const weappSize: BenchSection = {
  title: 'weapp package size and WeChat code-quality checks (production build)',
  async run() {
    buildTaro('weapp');
    if (!existsSync(path.join(weappDir, 'app.json'))) throw new Error('weapp build produced no app.json');
    const bytes = packageBytes(weappDir);
    const helloWorld = packageBytes(buildHelloWorld()).main;
    // WeChat's own code-quality check (miniprogram-ci checkCodeQuality) on this build.
    const { report } = runWeappCheck();
    return {
      'weapp.mainPackageBytes': bytes.main,
      'weapp.helloWorldBytes': helloWorld,
      'weapp.mainPackageRatio': Math.round((bytes.main / helloWorld) * 100) / 100,
      'weapp.totalBytes': bytes.total,
      'weapp.codeQualityPassed': report.codeQuality.passed,
      'weapp.codeQualityChecks': report.codeQuality.checks,
    };
  },
};
