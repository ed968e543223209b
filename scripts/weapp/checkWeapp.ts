/**
 * Checks the weapp build as WeChat will, offline, and prints one JSON report:
 * - WeChat's own code-quality check (miniprogram-ci `checkCodeQuality`, the
 *   代码质量 panel of DevTools): 11 checks, all must pass;
 * - WeChat's own validation of app.json (the compiler's schema and field
 *   checks inside miniprogram-ci, e.g. requiredPrivateInfos values and
 *   their exclusions);
 * - every location API the build or src/ uses is declared in app.json
 *   `requiredPrivateInfos`, and nothing is declared that nothing uses (each
 *   declaration must be approved in the console);
 * - no network API that needs a configured server domain is called (the app
 *   configures none: cloud files go through wx.cloud.downloadFile);
 * - the build is minified (JS, WXML, WXSS), not only flagged as such.
 *
 * Run it in its own process: miniprogram-ci starts helper processes, so this
 * script ends with process.exit. Exit code 0 when everything passes.
 *
 *   npx tsx scripts/weapp/checkWeapp.ts [--project <root>] [--src <dir>|--no-src]
 *
 * `--project` is a folder with project.config.json (default: the repository,
 * whose miniprogramRoot is dist/weapp/); tests point it at broken copies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findApiUses, type ApiUse } from './apiUse';

const repoRoot = path.resolve(__dirname, '../..');

/** The fields of a check item this report keeps. */
export interface CodeQualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

export interface WeappReport {
  ok: boolean;
  codeQuality: { passed: number; checks: number; items: CodeQualityItem[] };
  /** miniprogram-ci's own error for app.json, or null when WeChat accepts it. */
  appJsonError: string | null;
  privateInfos: { declared: string[]; used: ApiUse[]; undeclared: string[]; unused: string[] };
  domainBoundCalls: ApiUse[];
  unminified: string[];
}

interface CiProject {
  projectPath: string;
}
interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKey: string; ignores: string[] }) => CiProject;
  checkCodeQuality(project: CiProject): Promise<CodeQualityItem[]>;
}
/** The compiler's app.json reader (pinned miniprogram-ci 2.1.42): throws WeChat's message when app.json is invalid. */
interface AppJsonModule {
  getAppJSON(project: CiProject): unknown;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : filesUnder(full, keep);
    return keep(full) ? [full] : [];
  });
}

function miniprogramRoot(projectPath: string): string {
  const config = JSON.parse(readFileSync(path.join(projectPath, 'project.config.json'), 'utf8')) as { miniprogramRoot?: string };
  return path.join(projectPath, config.miniprogramRoot ?? '');
}

/** Minified output has no indented lines (templates and styles: none at all; scripts: none outside the license banner). */
export function isMinified(file: string, text: string): boolean {
  const lines = text.split('\n');
  if (file.endsWith('.wxml') || file.endsWith('.wxss')) return lines.every((line) => !/^\s+\S/.test(line));
  return lines.every((line) => !/^(\t| {2})/.test(line));
}

function checkApis(buildDir: string, srcDir: string | null, declared: string[]) {
  const buildJs = filesUnder(buildDir, (file) => file.endsWith('.js'));
  // src/h5 is the browser build's alone (app.tsx loads it behind TARO_ENV === 'h5'): its Web Locks
  // `locks.request` is no wx.request. Were any of it built into the weapp, the scan of the build finds it.
  const browserOnly = srcDir ? path.join(srcDir, 'h5') + path.sep : null;
  const srcFiles = srcDir
    ? filesUnder(srcDir, (file) => /\.(ts|tsx|js|jsx)$/.test(file) && !(browserOnly && file.startsWith(browserOnly)))
    : [];
  const read = (file: string) => ({ file: path.relative(repoRoot, file), code: readFileSync(file, 'utf8') });
  const found = [...buildJs, ...srcFiles].map(read).map(({ file, code }) => ({ file, ...findApiUses(file, code) }));
  const used = found.flatMap((uses) => uses.privateInfos);
  // taro.js is Taro's API layer: it wraps every wx API by name, which is not a use by the app.
  const network = found.filter(({ file }) => path.basename(file) !== 'taro.js').flatMap((uses) => uses.domainBound);
  const usedNames = [...new Set(used.map((use) => use.api))].sort();
  return {
    privateInfos: {
      declared,
      used,
      undeclared: usedNames.filter((api) => !declared.includes(api)),
      unused: declared.filter((api) => !usedNames.includes(api)),
    },
    domainBoundCalls: network,
  };
}

export async function checkWeapp(projectPath: string, srcDir: string | null): Promise<WeappReport> {
  const ci = (await import('miniprogram-ci')) as unknown as MiniprogramCi;
  const appJson = (await import('miniprogram-ci/dist/modules/corecompiler/original/json/app/index.js')) as unknown as AppJsonModule;
  const project = new ci.Project({
    appid: 'wx0000000000000000', // checkCodeQuality reads no account data; any well-formed AppID works
    type: 'miniProgram',
    projectPath,
    privateKey: 'unused-offline',
    ignores: ['node_modules/**/*'],
  });
  const items = (await ci.checkCodeQuality(project)).map(({ name, success, text, detail }) => ({ name, success, text, detail }));
  let appJsonError: string | null = null;
  try {
    await appJson.getAppJSON(project);
  } catch (error) {
    appJsonError = error instanceof Error ? error.message : String(error);
  }

  const buildDir = miniprogramRoot(projectPath);
  const built = JSON.parse(readFileSync(path.join(buildDir, 'app.json'), 'utf8')) as { requiredPrivateInfos?: unknown };
  const declared = Array.isArray(built.requiredPrivateInfos) ? built.requiredPrivateInfos.map(String) : [];
  const apis = checkApis(buildDir, srcDir, declared);
  const unminified = filesUnder(buildDir, (file) => /\.(js|wxml|wxss)$/.test(file))
    .filter((file) => !isMinified(file, readFileSync(file, 'utf8')))
    .map((file) => path.relative(buildDir, file));

  // "No unused files" passes by default when DevTools filters them at upload; this report also wants none.
  const unusedFiles = items.find((item) => item.name === 'CONTAINS_UNUSED_CODES')?.detail;
  const passed = items.filter((item) => item.success).length;
  const ok =
    items.length > 0 &&
    passed === items.length &&
    (!Array.isArray(unusedFiles) || unusedFiles.length === 0) &&
    appJsonError === null &&
    apis.privateInfos.undeclared.length === 0 &&
    apis.privateInfos.unused.length === 0 &&
    apis.domainBoundCalls.length === 0 &&
    unminified.length === 0;
  return { ok, codeQuality: { passed, checks: items.length, items }, appJsonError, ...apis, unminified };
}

/** A short account of what failed, for people reading a test or CI log. */
export function describeFailures(report: WeappReport): string[] {
  const where = (uses: ApiUse[]) => uses.map((use) => `${use.file}:${use.line}`).join(', ');
  return [
    ...report.codeQuality.items.filter((item) => !item.success).map((item) => `code quality: ${item.name}: ${item.text}`),
    ...(report.appJsonError ? [`app.json: ${report.appJsonError}`] : []),
    ...report.privateInfos.undeclared.map(
      (api) =>
        `${api} is used (${where(report.privateInfos.used.filter((use) => use.api === api))}) but not in app.json requiredPrivateInfos (src/app.config.ts)`,
    ),
    ...report.privateInfos.unused.map((api) => `${api} is declared in requiredPrivateInfos but nothing uses it`),
    ...report.domainBoundCalls.map((use) => `${use.api} needs a configured server domain (use wx.cloud): ${use.file}:${use.line}`),
    ...report.unminified.map((file) => `not minified: ${file}`),
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const projectPath = path.resolve(option('--project') ?? repoRoot);
  const srcDir = args.includes('--no-src') ? null : path.resolve(option('--src') ?? path.join(repoRoot, 'src'));
  const report = await checkWeapp(projectPath, srcDir);
  // The JSON report is the only thing on stdout; miniprogram-ci's own logging goes to stderr.
  process.stdout.write(`${JSON.stringify(report)}\n`);
  for (const line of describeFailures(report)) process.stderr.write(`${line}\n`);
  process.exit(report.ok ? 0 : 1);
}

if (require.main === module) {
  // Keep stdout for the report: miniprogram-ci logs with console.log.
  console.log = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  });
}
