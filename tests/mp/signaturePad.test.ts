/**
 * @jest-environment jsdom
 *
 * 交还's signature pad on the compiled weapp build (harness in
 * support/weapp.ts): it is a `<canvas type="2d">` (WeChat's current canvas;
 * the canvas-id API is unmaintained since base library 2.9.0), drawn on
 * through the node that `createSelectorQuery().fields({ node: true })`
 * answers, sized by the pixel ratio, exported with
 * `canvasToTempFilePath({ canvas })`, uploaded under `proxy/`, and its
 * fileID sent with 交还. The canvas node is a recording stand-in at the `wx`
 * boundary: simulate draws nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_ROOT, bootWeapp, fail, ok, waitFor, waitForText, type CloudCall, type WeappHarness } from './support/weapp';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };

const wx = (global as unknown as { wx: AnyRecord }).wx;
const BOX = { left: 16, top: 400, width: 320, height: 180 };
const RATIO = 3;

/** WeChat's 2d Canvas node as far as the pad uses it: its size and a context recording every call. */
function fakeCanvas() {
  const drawn: string[] = [];
  const ctx = new Proxy({} as AnyRecord, {
    get: (target, key: string) => (key in target ? target[key] : (...args: unknown[]) => drawn.push(`${key}(${args.join(',')})`)),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  });
  return { width: 300, height: 150, drawn, ctx, getContext: (type: string) => (type === '2d' ? ctx : null) };
}

let canvas = fakeCanvas();
const selected: string[] = [];
const exported: AnyRecord[] = [];
const uploaded: AnyRecord[] = [];

// Stubbed before the app boots, so Taro wraps them like the real ones.
wx.createSelectorQuery = () => {
  const asked: Array<'node' | 'rect'> = [];
  const query = {
    select(selector: string) {
      selected.push(selector);
      return {
        fields: (fields: AnyRecord) => {
          asked.push(fields.node ? 'node' : 'rect');
          return query;
        },
        boundingClientRect: () => {
          asked.push('rect');
          return query;
        },
      };
    },
    exec: (callback: (res: unknown[]) => void) => callback(asked.map((kind) => (kind === 'node' ? { node: canvas } : { ...BOX }))),
  };
  return query;
};
wx.getWindowInfo = () => ({ pixelRatio: RATIO, windowWidth: 375, windowHeight: 667 });
wx.canvasToTempFilePath = (options: Callbacks & AnyRecord) => {
  exported.push(options);
  const res =
    options.canvas === canvas ? { tempFilePath: 'wxfile://tmp/signature.png' } : { errMsg: 'canvasToTempFilePath:fail canvas is empty' };
  if ('tempFilePath' in res) options.success?.(res);
  else options.fail?.(res);
  options.complete?.(res);
};

const proxyCase = {
  id: 'case-1',
  code: 'DB000001',
  itemName: '居民身份证办理（换领、补领）',
  residentName: '王秀英',
  agentName: '汪德华',
  stage: 'handBack',
  deadline: '2026-12-10',
  overdue: false,
  rated: false,
  updatedAt: '2026-12-01T02:00:00.000Z',
  version: 4,
  materials: ['户口簿'],
  materialsChecked: ['户口簿'],
  photos: [],
  guide: '',
  household: '汪屋组12号 王家',
  residentPhone: '13905560101',
  office: { departmentId: null, name: '县公安局' },
  sentOn: '2026-11-25',
  result: { outcome: 'approved', reason: '' },
  returned: null,
  rating: null,
  stages: [],
  timeline: [],
  canAct: true,
  canRate: false,
};

let harness: WeappHarness;
const calls = (action: string): CloudCall[] => harness.cloudCalls.filter((call) => call.action === action);

beforeEach(() => {
  canvas = fakeCanvas();
  selected.length = 0;
  exported.length = 0;
  uploaded.length = 0;
  harness = bootWeapp();
  wx.cloud.uploadFile = jest.fn(async (options: AnyRecord) => {
    uploaded.push(options);
    return { fileID: `cloud://env-1.656e/${options.cloudPath}`, errMsg: 'cloud.uploadFile:ok' };
  });
  harness.setCloudHandler((call) => {
    if (call.action === 'caseDetail') return ok(proxyCase);
    if (call.action === 'handBack') return ok({ ...proxyCase, stage: 'done', version: 5, canAct: false });
    return fail('UNKNOWN_ACTION', '暂不支持');
  });
});

/**
 * The attributes WeChat would give the pad's `<canvas>`: simulate's DOM keeps
 * none of a built-in component's, so they are read as WeChat does, from the
 * compiled template (`base.wxml` binds each attribute to a field of the node's
 * data, `type="{{i.p2}}"`) and the node's data in the page.
 */
function canvasAttributes(page: ReturnType<WeappHarness['openPage']>): Record<string, unknown> {
  const template = fs.readFileSync(path.join(WEAPP_ROOT, 'base.wxml'), 'utf8').match(/<canvas [^>]*>/)?.[0] ?? '';
  const bound = Object.fromEntries([...template.matchAll(/([a-z-]+)="\{\{i\.(p\d+)\}\}"/g)].map(([, name, key]) => [name, key]));
  const find = (node: AnyRecord): AnyRecord | null =>
    node.uid === 'gt-daiban-signature' ? node : (((node.cn ?? []) as AnyRecord[]).map(find).find(Boolean) ?? null);
  const node = find((page.instance as unknown as { data: { root: AnyRecord } }).data.root);
  if (!node || !bound.type || !bound['canvas-id']) throw new Error('the pad or its canvas template is missing');
  return { id: node.uid, type: node[bound.type], 'canvas-id': node[bound['canvas-id']] };
}

/** simulate's querySelector misses some nodes querySelectorAll finds. */
const first = (page: ReturnType<WeappHarness['openPage']>, selector: string) => page.querySelectorAll(selector)[0];

test('the pad is a 2d canvas; a drawn signature is exported from its node, uploaded and sent with 交还', async () => {
  const page = harness.openPage('packages/proxy/case/index', { id: 'case-1' });
  await waitForText(page, (t) => t.includes('交还：交给群众并签收'));
  const pad = first(page, '.gt-signature__pad');
  expect(pad).toBeDefined();
  expect(canvasAttributes(page)).toEqual({ id: 'gt-daiban-signature', type: '2d', 'canvas-id': undefined });

  first(page, '.gt-daiban-step__items').dispatchEvent('input', { detail: { value: '新身份证1张' } });
  // A finger stroke. WeChat's canvas gives touches x, y in its own coordinates; simulate gives page
  // coordinates (clientX, pageX) as a browser does, which the pad maps through its box.
  const at = (x: number, y: number) => ({ touches: [{ x: BOX.left + x, y: BOX.top + y }] });
  pad.dispatchEvent('touchstart', at(20, 40));
  await waitFor(() => canvas.drawn.length > 0, 'the canvas to be made ready');
  pad.dispatchEvent('touchmove', at(60, 70));
  await waitFor(() => canvas.drawn.includes('lineTo(60,70)'), 'the first line');
  pad.dispatchEvent('touchmove', at(100, 50));
  await waitFor(() => canvas.drawn.includes('lineTo(100,50)'), 'the second line');
  pad.dispatchEvent('touchend', { touches: [] });
  expect(selected).toContain('#gt-daiban-signature');
  // The backing store has the screen's pixels; drawing is in CSS pixels.
  expect([canvas.width, canvas.height]).toEqual([BOX.width * RATIO, BOX.height * RATIO]);
  expect(canvas.drawn).toEqual(
    expect.arrayContaining([`scale(${RATIO},${RATIO})`, 'moveTo(20,40)', 'lineTo(60,70)', 'moveTo(60,70)', 'lineTo(100,50)', 'stroke()']),
  );

  const submit = page.querySelectorAll('.gt-daiban-step--hand-back .gt-daiban-step__submit');
  submit[submit.length - 1].dispatchEvent('tap');
  await waitFor(() => calls('handBack').length === 1, 'the 交还 call');
  expect(exported).toHaveLength(1);
  expect(exported[0].canvas).toBe(canvas);
  expect(exported[0].fileType).toBe('png');
  expect(exported[0].canvasId).toBeUndefined();
  expect(uploaded).toEqual([
    expect.objectContaining({ filePath: 'wxfile://tmp/signature.png', cloudPath: 'proxy/case-1/signature-4.png' }),
  ]);
  expect(calls('handBack')[0].payload).toEqual({
    caseId: 'case-1',
    version: 4,
    opId: expect.any(String),
    items: '新身份证1张',
    signer: 'resident',
    signature: 'cloud://env-1.656e/proxy/case-1/signature-4.png',
  });
});

test('nothing drawn: 交还 is refused at the pad and nothing is exported or sent', async () => {
  const page = harness.openPage('packages/proxy/case/index', { id: 'case-1' });
  await waitForText(page, (t) => t.includes('交还：交给群众并签收'));
  first(page, '.gt-daiban-step__items').dispatchEvent('input', { detail: { value: '新身份证1张' } });
  const submit = page.querySelectorAll('.gt-daiban-step--hand-back .gt-daiban-step__submit');
  submit[submit.length - 1].dispatchEvent('tap');
  await waitForText(page, (t) => t.includes('请先签名'));
  expect(exported).toHaveLength(0);
  expect(calls('handBack')).toHaveLength(0);
});
