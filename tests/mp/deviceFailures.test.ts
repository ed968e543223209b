/**
 * @jest-environment jsdom
 *
 * Phone features and cloud files on the compiled weapp build (harness in
 * support/weapp.ts), stubbed at the `wx` boundary:
 * - 在地图上选位置: closing the map is silent; a refusal is said with a way to
 *   the settings; a missing requiredPrivateInfos declaration or privacy
 *   consent is said, never swallowed;
 * - 打开 / 下载台账: the file is fetched by fileID with wx.cloud.downloadFile
 *   (wx.downloadFile of a URL needs a configured download domain, which the
 *   app does not have), then opened; a failed download is said.
 */
import { bootWeapp, fail, ok, waitFor, waitForText, type WeappHarness } from './support/weapp';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };

const wx = (global as unknown as { wx: AnyRecord }).wx;

/** Answers a wx API call: `ok` with a result, or fails with WeChat's errMsg. */
function answer(options: Callbacks, outcome: { ok: unknown } | { errMsg: string; errno?: number }): void {
  const res = 'ok' in outcome ? outcome.ok : outcome;
  if ('ok' in outcome) options.success?.(res);
  else options.fail?.(res);
  options.complete?.(res);
}

let chooseLocationOutcome: { ok: unknown } | { errMsg: string; errno?: number };
const modals: string[] = [];
let settingsOpened = 0;
const downloadedUrls: string[] = [];
const openedDocuments: string[] = [];

// Stubbed before the app boots, so Taro wraps them like the real ones.
wx.chooseLocation = (options: Callbacks) => answer(options, chooseLocationOutcome);
wx.showModal = (options: Callbacks & { content: string }) => {
  modals.push(options.content);
  answer(options, { ok: { confirm: true, cancel: false } });
};
wx.openSetting = (options: Callbacks) => {
  settingsOpened += 1;
  answer(options, { ok: { authSetting: {} } });
};
wx.downloadFile = (options: Callbacks & { url: string }) => {
  downloadedUrls.push(options.url);
  answer(options, { ok: { tempFilePath: 'wxfile://tmp/by-url.xlsx', statusCode: 200 } });
};
wx.openDocument = (options: Callbacks & { filePath: string }) => {
  openedDocuments.push(options.filePath);
  answer(options, { ok: {} });
};

/** The first element matching (simulate's querySelector misses some that querySelectorAll finds). */
const first = (page: ReturnType<WeappHarness['openPage']>, selector: string) => page.querySelectorAll(selector)[0];

let harness: WeappHarness;
beforeEach(() => {
  chooseLocationOutcome = { errMsg: 'chooseLocation:fail cancel' };
  modals.length = 0;
  settingsOpened = 0;
  downloadedUrls.length = 0;
  openedDocuments.length = 0;
  harness = bootWeapp();
});

describe('在地图上选位置 on the filing page', () => {
  const options = {
    categories: [{ id: 'environment', name: '环境卫生', icon: 'trash', timeLimitDays: 3 }],
    homeGrid: {
      grid: { id: 'g-hubin-1', name: '第一网格', level: 'grid' },
      village: { id: 'v-hubin', name: '湖滨村', level: 'village' },
      township: { id: 't-liangquan', name: '凉泉乡', level: 'township' },
    },
    servedGrids: [],
    hasName: true,
    hasPhone: true,
    subscribeTemplateIds: [],
  };

  async function tapMap(outcome: typeof chooseLocationOutcome) {
    chooseLocationOutcome = outcome;
    harness.setCloudHandler((call) => (call.action === 'formOptions' ? ok(options) : fail('UNKNOWN_ACTION', '暂不支持')));
    // The draft is on its third screen (where), as the person left it.
    harness.storage.set('gt.requestDraft', {
      clientKey: 'rq-test',
      step: 3,
      categoryId: 'environment',
      categoryName: '环境卫生',
      text: '路灯坏了',
      photos: [],
      gridId: null,
      address: '',
      latitude: null,
      longitude: null,
      publicName: false,
      contactName: '',
      contactPhone: '',
    });
    const page = harness.openPage('packages/requests/new/index');
    await waitFor(() => first(page, '.gt-new-request__map') !== undefined, 'the map button');
    first(page, '.gt-new-request__map').dispatchEvent('tap');
    return page;
  }

  test('a chosen point is kept with the draft', async () => {
    const page = await tapMap({ ok: { name: '湖滨村村委会', address: '凉泉乡湖滨村', latitude: 30.1, longitude: 116.6 } });
    await waitForText(page, (t) => t.includes('已选：凉泉乡湖滨村'));
    expect(harness.storage.get('gt.requestDraft')).toEqual(expect.objectContaining({ latitude: 30.1, longitude: 116.6 }));
  });

  test('closing the map says nothing', async () => {
    const page = await tapMap({ errMsg: 'chooseLocation:fail cancel' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(modals).toEqual([]);
    expect(page.dom.textContent).not.toMatch(/地图没有打开|设置|暂时用不了/);
  });

  test('a refusal says so and opens the settings when the person agrees', async () => {
    await tapMap({ errMsg: 'chooseLocation:fail auth deny' });
    await waitFor(() => settingsOpened === 1, 'the settings page');
    expect(modals).toEqual(['请在设置中允许使用位置，再点“在地图上选位置”；也可以直接在上面填写地址']);
  });

  test('the phone refusing WeChat the location says where to allow it', async () => {
    const page = await tapMap({ errMsg: 'chooseLocation:fail system permission denied' });
    await waitForText(page, (t) => t.includes('请在手机的“设置”里打开定位'));
    expect(settingsOpened).toBe(0);
  });

  test('a missing requiredPrivateInfos declaration is shown, not swallowed', async () => {
    const page = await tapMap({
      errMsg: 'chooseLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    });
    await waitForText(page, (t) => t.includes('这个功能暂时用不了'));
  });

  test('privacy consent missing is shown with what to do', async () => {
    const page = await tapMap({ errMsg: 'chooseLocation:fail privacy permission is not authorized', errno: 104 });
    await waitForText(page, (t) => t.includes('用户隐私保护指引'));
  });
});

describe('打开 / 下载台账', () => {
  const ledgerFile = {
    fileID:
      'cloud://env-1.656e-env-1-1300000000/ledgers/demo-staff-hubin/0123456789abcdef0123456789abcdef/v-hubin_2026-11-01_2026-11-23_1.xlsx',
    fileName: '台账_湖滨村_2026-11-01至2026-11-23.xlsx',
    scopeName: '湖滨村',
    from: '2026-11-01',
    to: '2026-11-23',
    counts: { requests: 3, timelineRows: 9, bookings: 2, serviceLogs: 1 },
  };

  async function exportAndOpen(download: (options: Callbacks & { fileID: string }) => void) {
    const fileIDs: string[] = [];
    // wx.cloud's APIs answer with a promise when given no callbacks, as Taro.cloud calls them.
    wx.cloud.downloadFile = (options: { fileID: string }) =>
      new Promise((resolve, reject) => {
        fileIDs.push(options.fileID);
        download({ ...options, success: resolve, fail: reject });
      });
    harness.setCloudHandler((call) => {
      if (call.action === 'ledgerPlaces') return ok({ places: [{ id: 'v-hubin', name: '湖滨村', level: 'village', depth: 0 }] });
      if (call.action === 'exportLedger') return ok(ledgerFile);
      return fail('UNKNOWN_ACTION', '暂不支持');
    });
    const page = harness.openPage('packages/admin/ledger/index');
    await waitForText(page, (t) => t.includes('湖滨村'));
    first(page, '.gt-ledger__generate').dispatchEvent('tap');
    await waitFor(() => first(page, '.gt-ledger__open') !== undefined, 'the open button');
    first(page, '.gt-ledger__open').dispatchEvent('tap');
    return { page, fileIDs };
  }

  test('downloads the file by fileID with wx.cloud.downloadFile and opens it', async () => {
    const { fileIDs } = await exportAndOpen((options) =>
      answer(options, { ok: { tempFilePath: 'wxfile://tmp/ledger.xlsx', statusCode: 200 } }),
    );
    await waitFor(() => openedDocuments.length === 1, 'openDocument');
    expect(fileIDs).toEqual([ledgerFile.fileID]);
    expect(openedDocuments).toEqual(['wxfile://tmp/ledger.xlsx']);
    expect(downloadedUrls).toEqual([]);
  });

  test('a download the storage rule refuses is said', async () => {
    const { page } = await exportAndOpen((options) =>
      answer(options, { errMsg: 'cloud.downloadFile:fail Error: errCode: -503003 STORAGE_EXCEED_AUTHORITY' }),
    );
    await waitForText(page, (t) => t.includes('这个文件您没有权限下载'));
    expect(openedDocuments).toEqual([]);
  });
});
