import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildTaro } from '../../scripts/buildTaro';
import { runWeappCheck } from '../../scripts/weapp/runWeappCheck';
import type { BenchSection } from '../BenchSection';

const weappDir = path.resolve(__dirname, '../../dist/weapp');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Subpackage roots from app.json; everything else ships in the main package. */
function subpackageRoots(): string[] {
  const appJson = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  return [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((sub) =>
    path.join(weappDir, sub.root.replace(/\/$/, '')),
  );
}

/** WeChat limits: 2 MB per package, 20 MB in all. Source maps are not uploaded. And how many of WeChat's 11 code-quality checks pass. */
export const weappSize: BenchSection = {
  title: 'weapp package size and WeChat code-quality checks (production build)',
  async run() {
    buildTaro('weapp');
    if (!existsSync(path.join(weappDir, 'app.json'))) throw new Error('weapp build produced no app.json');
    const files = filesUnder(weappDir).filter((file) => !file.endsWith('.map'));
    const roots = subpackageRoots();
    const size = (file: string) => statSync(file).size;
    const inMain = files.filter((file) => !roots.some((root) => file.startsWith(`${root}${path.sep}`)));
    // WeChat's own code-quality check (miniprogram-ci checkCodeQuality) on this build.
    const { report } = runWeappCheck();
    return {
      'weapp.mainPackageBytes': inMain.reduce((sum, file) => sum + size(file), 0),
      'weapp.totalBytes': files.reduce((sum, file) => sum + size(file), 0),
      'weapp.codeQualityPassed': report.codeQuality.passed,
      'weapp.codeQualityChecks': report.codeQuality.checks,
    };
  },
};
