/**
 * Cloud storage through the real SDK: uploadFile, getTempFileURL,
 * downloadFile, deleteFile, and the browser upload and download routes (the
 * download applying the storage security rule as wx.cloud.downloadFile does).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STORAGE_SECURITY_RULE } from '../../localcloud/backend/storage-rules';
import { FixtureCloud, FixtureFunction, startFixtureCloud } from './harness';

let fx: FixtureCloud;

const functions: Record<string, FixtureFunction> = {
  files: {
    code: `
exports.main = async (event) => {
  if (event.op === 'upload') {
    const up = await cloud.uploadFile({ cloudPath: event.path, fileContent: Buffer.from(event.base64, 'base64') });
    const urls = await cloud.getTempFileURL({ fileList: [up.fileID] });
    const down = await cloud.downloadFile({ fileID: up.fileID });
    return { fileID: up.fileID, url: urls.fileList[0].tempFileURL, status: urls.fileList[0].status, downloaded: down.fileContent.toString('base64') };
  }
  if (event.op === 'url') {
    const urls = await cloud.getTempFileURL({ fileList: event.fileIDs });
    return urls.fileList.map((f) => ({ fileID: f.fileID, status: f.status, url: f.tempFileURL }));
  }
  if (event.op === 'delete') {
    const res = await cloud.deleteFile({ fileList: event.fileIDs });
    return res.fileList.map((f) => ({ fileID: f.fileID, status: f.status }));
  }
};`,
  },
};

beforeAll(async () => {
  fx = await startFixtureCloud(functions);
});

afterAll(async () => {
  await fx.cleanup();
});

test('uploadFile, getTempFileURL and downloading the bytes', async () => {
  const bytes = randomBytes(64 * 1024);
  const { result } = await fx.cloud.invoke(
    'files',
    { op: 'upload', path: 'requests/r1/photo 1.jpg', base64: bytes.toString('base64') },
    { openid: 'o-uploader' },
  );
  const r = result as { fileID: string; url: string; status: number; downloaded: string };
  expect(r.fileID).toBe('cloud://local-dev.6c6f-local-dev-1300000000/requests/r1/photo 1.jpg');
  expect(r.status).toBe(0);
  expect(Buffer.from(r.downloaded, 'base64').equals(bytes)).toBe(true);

  const res = await fetch(r.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  // A function's upload has no owner for the mini-program side's storage rule (see storage-rules.ts).
  expect(fx.cloud.store.files.get(r.fileID)).toMatchObject({ size: bytes.length, uploader: null });
});

test('missing files report STORAGE_FILE_NONEXIST; deleteFile removes the bytes', async () => {
  const { result: up } = await fx.cloud.invoke('files', {
    op: 'upload',
    path: 'tmp/a.txt',
    base64: Buffer.from('hello').toString('base64'),
  });
  const fileID = (up as { fileID: string }).fileID;
  const { result: urls } = await fx.cloud.invoke('files', { op: 'url', fileIDs: [fileID, 'cloud://local-dev.x/none.png'] });
  expect(urls).toEqual([
    { fileID, status: 0, url: expect.stringContaining('/tmp/a.txt') },
    { fileID: 'cloud://local-dev.x/none.png', status: -503003, url: '' },
  ]);
  const { result: deleted } = await fx.cloud.invoke('files', { op: 'delete', fileIDs: [fileID] });
  expect(deleted).toEqual([{ fileID, status: 0 }]);
  const gone = await fetch((urls as Array<{ url: string }>)[0].url);
  expect(gone.status).toBe(404);
});

test('POST /dev/upload stores a browser upload that functions can then resolve', async () => {
  const bytes = randomBytes(1000);
  const res = await fetch(`${fx.cloud.url}/dev/upload?cloudPath=${encodeURIComponent('photos/o-web/1.png')}`, {
    method: 'POST',
    headers: { 'x-wx-openid': 'o-web', 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  expect(res.status).toBe(200);
  const { fileID } = (await res.json()) as { fileID: string };
  expect(fileID).toMatch(/^cloud:\/\/local-dev\..+\/photos\/o-web\/1\.png$/);
  const { result } = await fx.cloud.invoke('files', { op: 'url', fileIDs: [fileID] });
  const url = (result as Array<{ url: string }>)[0].url;
  expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(bytes)).toBe(true);

  const bad = await fetch(`${fx.cloud.url}/dev/upload?cloudPath=${encodeURIComponent('../escape.png')}`, { method: 'POST', body: 'x' });
  expect(bad.status).toBe(400);
});

test('GET /dev/download applies the storage rule: own uploads, and the folders functions write for download', async () => {
  const put = async (openid: string, cloudPath: string) => {
    const res = await fetch(`${fx.cloud.url}/dev/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'x-wx-openid': openid },
      body: `bytes of ${cloudPath}`,
    });
    return ((await res.json()) as { fileID: string }).fileID;
  };
  const serverWrite = async (cloudPath: string, openid: string) => {
    const { result } = await fx.cloud.invoke(
      'files',
      { op: 'upload', path: cloudPath, base64: Buffer.from(cloudPath).toString('base64') },
      { openid },
    );
    return (result as { fileID: string }).fileID;
  };
  const get = (openid: string | null, fileID: string) =>
    fetch(`${fx.cloud.url}/dev/download?fileID=${encodeURIComponent(fileID)}`, { headers: openid ? { 'x-wx-openid': openid } : {} });

  const photo = await put('o-alice', 'requests/k1/1.jpg');
  expect((await get('o-alice', photo)).status).toBe(200);
  expect(await (await get('o-alice', photo)).text()).toBe('bytes of requests/k1/1.jpg');
  expect((await get('o-bob', photo)).status).toBe(403);
  expect((await get(null, photo)).status).toBe(401);

  // Written by a function while o-carol called it: not hers by ownership (WeChat documents no owner).
  const internal = await serverWrite('exports/o-carol/report.xlsx', 'o-carol');
  expect((await get('o-carol', internal)).status).toBe(403);
  // Ledgers and roster templates are readable by path (their paths carry a random segment).
  const ledger = await serverWrite('ledgers/o-carol/0123456789abcdef0123456789abcdef/a.xlsx', 'o-carol');
  expect((await get('o-carol', ledger)).status).toBe(200);
  const template = await serverWrite('rosterTemplates/o-carol/0123456789abcdef0123456789abcdef/t.xlsx', 'o-carol');
  expect((await get('o-carol', template)).status).toBe(200);

  expect((await get('o-carol', ledger.replace('a.xlsx', 'b.xlsx'))).status).toBe(404);
  expect((await get('o-carol', 'cloud://other-env.x/ledgers/o-carol/a.xlsx')).status).toBe(404);
});

test('the README tells deployers to set the rule the local cloud applies', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  expect(readme).toContain(`"read": ${JSON.stringify(STORAGE_SECURITY_RULE.read)}`);
  expect(readme).toContain(`"write": ${JSON.stringify(STORAGE_SECURITY_RULE.write)}`);
});
