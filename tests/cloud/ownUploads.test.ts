import { createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionName, Envelope, FunctionName } from '../../cloudfunctions/contract';
import type { UploadArea } from '../../cloudfunctions/domain/shared/uploads';
import { UPLOAD_SECRET_VAR, uploadFolder, uploadSecret, uploadToken } from '../../cloudfunctions/shared/uploadFolder';
import { seedDemoData } from '../../localcloud/seed/seedDemoData';
import { actionExamples } from '../support/actionExamples';
import { issuePhoneCode } from '../support/phoneCode';
import { dataOf, startTestCloud, type TestCloud } from '../support/testCloud';
import { refusedWithoutTrace } from './support/refusedWithoutTrace';

/**
 * A record carries only files its author uploaded to their own folder, which
 * the server names: a fileID of another person's upload (a resident's photo
 * of their home, an ID card) is refused NOT_YOUR_UPLOAD and writes nothing,
 * in every action that takes a fileID. Each case is the action's example
 * call, which succeeds with a photo from the caller's own folder afterwards.
 */
let test: TestCloud;
beforeAll(async () => {
  test = await startTestCloud();
});
afterAll(() => test.close());

const fileOf = (area: UploadArea, person: string, name: string) =>
  `cloud://local-dev.6c6f-local-dev-1300000000/${uploadFolder(area, person)}${name}`;

interface Case {
  fn: FunctionName;
  action: string;
  area: UploadArea;
}

const CASES: Case[] = [
  { fn: 'requests', action: 'submit', area: 'requests' },
  { fn: 'requests', action: 'fileOnBehalf', area: 'requests' },
  { fn: 'requests', action: 'addNote', area: 'requests' },
  { fn: 'requests', action: 'resolve', area: 'requests' },
  { fn: 'messages', action: 'leave', area: 'messages' },
  { fn: 'messages', action: 'answer', area: 'messages' },
  { fn: 'messages', action: 'reply', area: 'messages' },
  { fn: 'visits', action: 'recordVisit', area: 'visits' },
];

/** Any action by name (the cases are listed as data); the envelope as it came. */
const callAny = (openid: string, fn: FunctionName, action: string, payload: object) =>
  (test.call as unknown as (o: string, f: string, a: string, p: object) => Promise<Envelope<unknown>>)(openid, fn, action, payload);

function exampleOf(fn: FunctionName, action: string): { caller: string; payload: Record<string, unknown> } {
  const table = actionExamples[fn] as Record<string, { caller: string; payload: object }>;
  const example = table[action as ActionName<typeof fn>];
  return { caller: example.caller, payload: { ...example.payload } };
}

describe.each(CASES)('$fn.$action', ({ fn, action, area }) => {
  const { caller, payload } = exampleOf(fn, action);
  const other = caller === 'demo-resident-wang' ? 'demo-resident-li' : 'demo-resident-wang';

  it('refuses a photo from another person’s folder, or one climbing out of the caller’s, writing nothing', async () => {
    for (const foreign of [
      fileOf(area, other, 'x.jpg'),
      fileOf(area, caller, '../x.jpg'),
      `cloud://local-dev.6c6f-local-dev-1300000000/${area}/${caller}/x.jpg`,
    ]) {
      await refusedWithoutTrace(
        test,
        () => callAny(caller, fn, action, { ...payload, photos: [fileOf(area, caller, 'a.jpg'), foreign] }),
        'NOT_YOUR_UPLOAD',
      );
    }
    const refused = await callAny(caller, fn, action, { ...payload, photos: [fileOf(area, other, 'x.jpg')] });
    expect(refused).toMatchObject({ code: 'NOT_YOUR_UPLOAD', fields: [{ path: 'photos.0' }] });
  });

  it('takes the photo from the caller’s own folder, the one the caller’s profile names', async () => {
    const { uploadToken } = dataOf(await test.call(caller, 'users', 'me', {}));
    expect(`${area}/${uploadToken}/`).toBe(uploadFolder(area, caller));
    const own = `cloud://local-dev.6c6f-local-dev-1300000000/${area}/${uploadToken}/k/1.jpg`;
    expect(dataOf(await callAny(caller, fn, action, { ...payload, photos: [own] }))).toBeTruthy();
  });
});

describe('the upload token (ProfileDto.uploadToken)', () => {
  it('comes with every profile answer, a first-time visitor’s too, reading nothing more, and never shows the OPENID', async () => {
    const visitor = await test.raw('someone-new', 'users', { action: 'home', payload: {} });
    expect(visitor.dbActions).toBe(1);
    const { uploadToken } = (dataOf(visitor.body as never) as { profile: { uploadToken: string } }).profile;
    expect(uploadToken).toMatch(/^[0-9a-f]{24}$/);
    expect(`requests/${uploadToken}/`).toBe(uploadFolder('requests', 'someone-new'));
    expect(dataOf(await test.call('someone-new', 'users', 'me', {})).uploadToken).toBe(uploadToken);
    expect(dataOf(await test.call('demo-resident-wang', 'users', 'me', {})).uploadToken).not.toBe(uploadToken);
    const wang = dataOf(await test.call('demo-resident-wang', 'users', 'home', {})).profile.uploadToken;
    expect(wang).not.toContain('demo-resident-wang');
    expect(
      dataOf(
        await test.call('demo-resident-wang', 'users', 'setPreferences', { elderMode: false, save: { device: 'token-phone', seq: 1 } }),
      ).uploadToken,
    ).toBe(wang);
  });

  it('stays the account’s own when 绑定手机号 takes over an imported person', async () => {
    await test.cloud.store.insertMany('users', [
      {
        _id: 'roster-13905568123',
        name: '赵春生',
        phone: '13905568123',
        roles: ['resident', 'gridMember'],
        homeGridId: 'g-taihua-3',
        householdTags: [],
        gridDuties: ['g-taihua-3'],
        nodeDuties: [],
        staffScopeId: null,
        elderMode: false,
        createdAt: new Date(),
        contactPhone: null,
        rosterName: '赵春生',
      },
    ]);
    const before = dataOf(await test.call('wx-token-linker', 'users', 'chooseGrid', { gridId: 'g-taihua-3' })).uploadToken;
    const code = await issuePhoneCode(test.cloud.url, '13905568123');
    expect(dataOf(await test.call('wx-token-linker', 'users', 'linkPhone', { code })).rosterName).toBe('赵春生');
    const after = dataOf(await test.call('wx-token-linker', 'users', 'me', {})).uploadToken;
    expect(after).toBe(before);
    expect(`visits/${after}/`).toBe(uploadFolder('visits', 'wx-token-linker'));
  });
});

describe('the upload token cannot be made without the server’s secret', () => {
  const FILE = 'cloud://local-dev.6c6f-local-dev-1300000000';
  /** The token as it was made before: a digest of the id alone, which anyone who knows an id can compute. */
  const digestOnly = (id: string) => createHash('sha256').update(`uploads\n${id}`).digest('hex').slice(0, 24);
  const submitWith = (photo: string) => {
    const { caller, payload } = exampleOf('requests', 'submit');
    return { caller, call: () => callAny(caller, 'requests', 'submit', { ...payload, clientKey: 'forged-token-0001', photos: [photo] }) };
  };

  it('is an HMAC under the secret the functions are given: neither the id’s digest nor an HMAC under another key', async () => {
    const wang = dataOf(await test.call('demo-resident-wang', 'users', 'me', {})).uploadToken;
    const secret = test.cloud.functionEnv[UPLOAD_SECRET_VAR];
    expect(wang).toBe(createHmac('sha256', secret).update('uploads\ndemo-resident-wang').digest('hex').slice(0, 24));
    expect(wang).not.toBe(digestOnly('demo-resident-wang'));
    expect(wang).not.toBe(uploadToken('demo-resident-wang', 'another-key-of-at-least-thirty-two-characters'));
  });

  it('refuses a fileID under a folder made without the secret, writing nothing', async () => {
    for (const forged of [digestOnly('demo-resident-wang'), uploadToken('demo-resident-wang', 'x'.repeat(64))]) {
      const { call } = submitWith(`${FILE}/requests/${forged}/k/1.jpg`);
      await refusedWithoutTrace(test, call, 'NOT_YOUR_UPLOAD');
    }
    const { call } = submitWith(`${FILE}/${uploadFolder('requests', 'demo-resident-wang')}k/1.jpg`);
    expect(dataOf((await call()) as Envelope<object>)).toBeTruthy();
  });

  it('never sends the secret: not in the home answer, the profile, or any header', async () => {
    const secret = test.cloud.functionEnv[UPLOAD_SECRET_VAR];
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    for (const [openid, action] of [
      ['someone-new', 'home'],
      ['demo-resident-wang', 'home'],
      ['demo-admin', 'home'],
      ['demo-grid-wang', 'me'],
    ] as const) {
      const response = await fetch(`${test.cloud.url}/cloud/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ action, payload: {} }),
      });
      const text = await response.text();
      expect(text).toContain('uploadToken');
      expect(text).not.toContain(secret);
      expect(JSON.stringify([...response.headers])).not.toContain(secret);
    }
  });

  it('is set, as the README tells the deployer, on exactly the functions that read it', () => {
    const dist = path.resolve(__dirname, '../../dist/cloudfunctions');
    const readers = readdirSync(dist)
      .filter((fn) => readFileSync(path.join(dist, fn, 'index.js'), 'utf8').includes(UPLOAD_SECRET_VAR))
      .sort();
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
    const told = /the same value on the functions (.+?) \(云开发控制台/.exec(readme)?.[1] ?? '';
    expect([...told.matchAll(/`(\w+)`/g)].map((match) => match[1]).sort()).toEqual(readers);
  });

  it('is a server error, not a guessable token, when the function has no secret', async () => {
    expect(() => uploadSecret({})).toThrow(/UPLOAD_TOKEN_SECRET is not set/);
    expect(() => uploadSecret({ [UPLOAD_SECRET_VAR]: 'short' })).toThrow(/UPLOAD_TOKEN_SECRET is not set/);
    const kept = process.env[UPLOAD_SECRET_VAR];
    delete process.env[UPLOAD_SECRET_VAR];
    let bare: TestCloud | undefined;
    try {
      // A console where nobody set the variable: the functions are given none.
      bare = await startTestCloud({ seed: false, functionSecrets: [] });
      await seedDemoData(bare.cloud.store, new Date(), 'a seed-only secret the functions are not given');
      // What needs no upload folder still works: only naming one fails.
      expect(dataOf(await bare.call('demo-resident-wang', 'requests', 'mine', {})).items.length).toBeGreaterThan(0);
      expect(await bare.call('someone-new', 'users', 'home', {})).toMatchObject({ ok: false, code: 'INTERNAL' });
      expect(await bare.call('someone-new', 'users', 'me', {})).toMatchObject({ ok: false, code: 'INTERNAL' });
    } finally {
      process.env[UPLOAD_SECRET_VAR] = kept;
      await bare?.close();
    }
  });
});
