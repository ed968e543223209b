/**
 * @jest-environment node
 *
 * The weapp build (made fresh by this project's globalSetup) as WeChat will
 * judge it, offline: WeChat's own code-quality check (miniprogram-ci), its
 * app.json validation, location APIs declared in requiredPrivateInfos, no
 * network API that needs a configured domain, minified output. The checker
 * runs in a child process (miniprogram-ci starts helpers and must exit); a
 * broken copy of the build shows that each part can fail.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeFailures } from '../../scripts/weapp/checkWeapp';
import { runWeappCheck } from '../../scripts/weapp/runWeappCheck';
import { DOMAIN_BOUND_APIS, findApiUses, PRIVATE_INFO_APIS } from '../../scripts/weapp/apiUse';

const weappDir = path.resolve(__dirname, '../../dist/weapp');

describe('the weapp build', () => {
  it('passes all of WeChat’s code-quality checks and every declaration check', () => {
    const { status, report } = runWeappCheck([]);
    expect(describeFailures(report)).toEqual([]);
    expect(report.codeQuality.checks).toBe(11);
    expect(report.codeQuality.passed).toBe(11);
    expect(report.privateInfos.declared).toEqual(['chooseLocation']);
    expect(new Set(report.privateInfos.used.map((use) => use.api))).toEqual(new Set(['chooseLocation']));
    expect(status).toBe(0);
  });
});

describe('a build WeChat would refuse', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(path.join(os.tmpdir(), 'wgt-weapp-'));
    cpSync(weappDir, path.join(project, 'weapp'), { recursive: true });
    // The settings this repository had: nothing minified.
    writeFileSync(
      path.join(project, 'project.config.json'),
      JSON.stringify({ miniprogramRoot: 'weapp/', compileType: 'miniprogram', appid: 'touristappid', setting: { minified: false } }),
    );
    const appJsonPath = path.join(project, 'weapp/app.json');
    const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as Record<string, unknown>;
    delete appJson.lazyCodeLoading;
    // Fuzzy and precise location cannot both be declared; chooseLocation, which the filing page calls, is missing.
    appJson.requiredPrivateInfos = ['getFuzzyLocation', 'getLocation'];
    writeFileSync(appJsonPath, JSON.stringify(appJson));
    // A page that gets the location, downloads a URL, and is not minified.
    const page = path.join(project, 'weapp/pages/index/index.js');
    writeFileSync(
      page,
      `${readFileSync(page, 'utf8')}\nfunction locate() {\n  wx.getLocation({});\n  wx.downloadFile({ url: 'https://example.invalid/a.xlsx' });\n}\n`,
    );
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('fails compression and lazy loading, app.json, undeclared and unused location APIs, domain-bound calls and unminified files', () => {
    const { status, report } = runWeappCheck(['--project', project, '--no-src']);
    expect(status).toBe(1);
    expect(report.ok).toBe(false);
    expect(
      report.codeQuality.items
        .filter((item) => !item.success)
        .map((item) => item.name)
        .sort(),
    ).toEqual(['JS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN']);
    expect(report.codeQuality.passed).toBe(7);
    expect(report.appJsonError).toMatch(/getFuzzyLocation/);
    expect(report.privateInfos.undeclared).toEqual(['chooseLocation']);
    expect(report.privateInfos.unused).toEqual(['getFuzzyLocation']);
    expect(report.domainBoundCalls.map((use) => use.api)).toEqual(['downloadFile']);
    expect(report.unminified).toEqual([path.join('pages', 'index', 'index.js')]);
  });
});

describe('finding API uses in code', () => {
  it('sees calls, references, element access and destructuring, not names in a list', () => {
    const code = `
      Taro.chooseLocation({});
      const pick = wx['choosePoi'];
      const { getLocation: here } = Taro;
      helpers.onLocationChange.call(null);
      const names = ['chooseAddress', 'getFuzzyLocation']; // a string list, as taro.js keeps its API names
      // wx.startLocationUpdate() in a comment is not code
    `;
    expect(findApiUses('a.ts', code).privateInfos.map((use) => `${use.api}:${use.line}`)).toEqual([
      'chooseLocation:2',
      'choosePoi:3',
      'getLocation:4',
      'onLocationChange:5',
    ]);
  });

  it('flags network calls that need a configured domain, not wx.cloud’s', () => {
    const code = `
      wx.cloud.downloadFile({ fileID });
      Taro.cloud.uploadFile({ cloudPath, filePath });
      Taro.downloadFile({ url });
      wx.request({ url });
      const done = result.request.id;
    `;
    expect(findApiUses('b.ts', code).domainBound.map((use) => `${use.api}:${use.line}`)).toEqual(['downloadFile:4', 'request:5']);
    expect(DOMAIN_BOUND_APIS).toContain('connectSocket');
  });

  it('knows the same location APIs as WeChat’s app.json schema', async () => {
    const schema = (await import('miniprogram-ci/dist/schema/dist/app.js')) as unknown as {
      properties: { requiredPrivateInfos: { items: { enum: string[] } } };
    };
    expect([...PRIVATE_INFO_APIS].sort()).toEqual([...schema.properties.requiredPrivateInfos.items.enum].sort());
  });
});
