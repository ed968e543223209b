/**
 * @jest-environment node
 *
 * What the weapp build's main package holds (issue 15): the tab pages only,
 * the subpackages they lead to preloaded, text written as UTF-8 rather than
 * \uXXXX escapes, and neither taro-ui's toast images, toast stylesheet nor
 * its icon font, nor its button and switch, nor choosing photos; and the
 * whole build none of the H5 build's local-runtime tools.
 * Sizes themselves are measured by `npm run bench -- --only weapp`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { localRuntimeText } from '../../src/text/localRuntime';
import { photosText } from '../../src/text/photos';

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
const builtFiles = filesUnder(weappDir).filter((file) => !file.endsWith('.map'));
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

  it('asks no call of its own for where uploads go: the token comes with the profile (users.uploadFolders is gone)', () => {
    expect(builtFiles.filter((file) => file.endsWith('.js')).some((file) => readFileSync(file, 'utf8').includes('uploadFolders'))).toBe(
      false,
    );
    expect(mainText('.js')).toContain('uploadToken');
  });

  it('turns few async functions into state machines: the upload helpers, the transport, confirm and the kept form options are promise chains', () => {
    // Each async function is built as a regenerator state machine in the ES5 output; before these were chains the main package held 13 and more.
    const machines = mainText('.js').match(/\(\)\.m\(function/g) ?? [];
    expect(machines.length).toBeLessThanOrEqual(10);
    expect(mainText('.js')).not.toMatch(/\.m\(function \w+\([\w,]*\)\{[^}]*cloud\.callFunction/);
  });

  it('carries the posts client only in the party subpackage', () => {
    expect(mainText('.js')).not.toContain('"browsePosts"');
    expect(mainText('.js')).toContain('"overview"');
  });

  it('carries the actions sent once (contract/retrySafe), not a table of every action', () => {
    // Safe actions of subpackage areas: only a table of every action would name them in the main package.
    expect(mainText('.js').match(/\b(verificationQueue|starCandidates|gridAssignments|exportLedger|placePeople)\b/g) ?? []).toEqual([]);
    expect(mainText('.js')).toContain('"claimPost"');
  });

  it('carries handling one request (services/requestHandling) only in the requests subpackage', () => {
    expect(mainText('.js').match(/"(handOptions|similar|addNote|unfollow)"/g) ?? []).toEqual([]);
    expect(mainText('.js')).toContain('"fileOnBehalf"');
  });

  it('carries the outbox that sends what waits, and leaves filing into it (state/requestFiling) to the requests subpackage', () => {
    // fileRequest's fallback code for a refusal without one: nothing else in the main package names it.
    const inRequests = builtFiles.filter(
      (file) => file.startsWith(path.join(weappDir, 'packages/requests') + path.sep) && file.endsWith('.js'),
    );
    expect(mainText('.js')).not.toContain('"INVALID_INPUT"');
    expect(inRequests.some((file) => readFileSync(file, 'utf8').includes('"INVALID_INPUT"'))).toBe(true);
    expect(mainText('.js')).toContain('"gt.requestOutbox"');
  });

  it("is compiled with babel.config.js's size assumptions: template literals joined with +, object spread as Object.assign", () => {
    // Without them a template literal becomes "…".concat(…) and a spread calls objectSpread2 (getOwnPropertyDescriptors).
    expect(mainText('.js').match(/"\.concat\(/g) ?? []).toEqual([]);
    expect(readFileSync(path.join(weappDir, 'vendors.js'), 'utf8')).not.toContain('getOwnPropertyDescriptors');
  });

  it("spins Button's ring, LoadState's spinner and the notice's mark with one global keyframes (app.scss gt-spin)", () => {
    expect(mainText('.wxss').match(/@keyframes [\w-]+/g)).toEqual(['@keyframes gt-spin']);
    expect(mainText('.wxss').match(/[;{]animation:gt-spin /g)).toHaveLength(3);
  });

  it("styles the notice itself, without taro-ui's toast stylesheet", () => {
    expect(mainText('.wxss').match(/\.at-toast[\w-]*|\.toast-body[\w-]*|atRotate/g) ?? []).toEqual([]);
    expect(mainText('.wxss')).toContain('.gt-notice__body');
  });

  it('leaves choosing and keeping photos to the subpackages with a photo picker', () => {
    // chooseImage's sourceType: only services/photoPicking asks for the album.
    const inRequests = builtFiles.filter(
      (file) => file.startsWith(path.join(weappDir, 'packages/requests') + path.sep) && file.endsWith('.js'),
    );
    expect(mainText('.js').includes('"album"')).toBe(false);
    expect(inRequests.some((file) => readFileSync(file, 'utf8').includes('"album"'))).toBe(true);
  });

  it('carries none of the words of choosing and showing photos (text/photos.ts)', () => {
    const words = [photosText.add, photosText.remove, photosText.previewFailed, ...Object.values(photosText.choosing)];
    expect(words.filter((word) => mainText('.js').includes(word))).toEqual([]);
  });
});

describe('the whole weapp build', () => {
  const script = builtFiles
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it("carries none of the local runtime's tools: the demo identity, its endpoints and its words", () => {
    expect(script.match(/\/dev\/(users|phone-code|upload|download)|gt\.devOpenid|X-WX-OPENID/g) ?? []).toEqual([]);
    const words = [...Object.values(localRuntimeText.devIdentity), localRuntimeText.phoneBinding.browserLabel].filter(
      (word) => word.length >= 4,
    );
    expect(words.length).toBeGreaterThan(4);
    expect(words.filter((word) => script.includes(word))).toEqual([]);
  });
});
