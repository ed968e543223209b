/**
 * @jest-environment node
 *
 * What the weapp build's main package holds (issue 15): the tab pages only,
 * the subpackages they lead to preloaded, text written as UTF-8 rather than
 * \uXXXX escapes, and neither taro-ui's toast images nor its icon font, nor
 * its button and switch.
 * Sizes themselves are measured by `npm run bench -- --only weapp`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const weappDir = path.resolve(__dirname, '../../dist/weapp');
const appJson = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
  preloadRule?: Record<string, { packages: string[] }>;
  tabBar: { list: Array<{ pagePath: string }> };
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const subpackageRoots = appJson.subPackages.map((sub) => path.join(weappDir, sub.root) + path.sep);
const mainFiles = filesUnder(weappDir).filter((file) => !file.endsWith('.map') && !subpackageRoots.some((root) => file.startsWith(root)));
const mainText = (ext: string) =>
  mainFiles
    .filter((file) => file.endsWith(ext))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

describe('the weapp main package', () => {
  it('holds the tab pages and nothing else', () => {
    expect([...appJson.pages].sort()).toEqual(appJson.tabBar.list.map((tab) => tab.pagePath).sort());
  });

  it('has 我要反映, 诉求详情, 待办, 代办 and 选择网格 in subpackages preloaded from 首页', () => {
    const pageOf = (root: string) => appJson.subPackages.find((sub) => sub.root === root)?.pages ?? [];
    expect(pageOf('packages/requests')).toEqual(expect.arrayContaining(['new/index', 'detail/index', 'inbox/index', 'proxy-file/index']));
    expect(pageOf('packages/grid')).toEqual(['picker/index']);
    expect(appJson.preloadRule?.['pages/index/index']?.packages).toEqual(expect.arrayContaining(['packages/requests', 'packages/grid']));
  });

  it('writes Chinese text as UTF-8, not as \\uXXXX escapes', () => {
    const script = mainText('.js');
    expect(script).toContain('我要反映');
    expect(script.match(/\\u[4-9][0-9a-f]{3}/gi) ?? []).toEqual([]);
  });

  it('carries no base64 toast images and no icon font', () => {
    expect(mainText('.js')).not.toContain('data:image/png;base64');
    expect(mainText('.wxss')).not.toContain('@font-face');
  });

  it("carries none of taro-ui's button, switch or loading (the app's components/Button and Switch stand for them)", () => {
    expect(mainText('.js')).not.toMatch(/at-button|at-switch|at-loading/);
    expect(mainText('.wxss')).not.toMatch(/\.at-(button|switch|loading)\b/);
    expect(mainText('.wxss')).toContain('.gt-button');
  });

  it('carries the posts client only in the party subpackage', () => {
    expect(mainText('.js')).not.toContain('"claimPost"');
    expect(mainText('.js')).toContain('"overview"');
  });
});
