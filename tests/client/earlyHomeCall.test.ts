/**
 * The H5 build asks for the home's data as the app's entry runs
 * (src/h5/earlyHome.ts through the H5 transport's `startEarly`): the page's
 * own call then takes that answer instead of sending a second request, with
 * the same identity header; any other call, and the page's later reloads, go
 * out as usual.
 */
import Taro from '@tarojs/taro';
import { startHomeCallEarly } from '@/h5/earlyHome';
import { EARLY_HOME_GLOBAL, type EarlyHomeCall } from '@/h5/earlyHomeCall';
import { earlyHomeScript } from '../../scripts/h5/earlyHomeScript';
import { h5Transport } from '@/services/transport/h5';
import { TransportError } from '@/services/transport/types';
import { phone } from './support/fakeTaro';

const HOME = { action: 'home', payload: {} };
const ANSWER = { ok: true, data: { profile: { registered: true }, card: null } };

// The dev identity is read only in the browser build.
const platform = process.env.TARO_ENV;
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterAll(() => {
  process.env.TARO_ENV = platform;
});

let sent: Array<{ url: string; headers: Record<string, string>; body: unknown }>;
let answer: () => Promise<Response>;

beforeEach(() => {
  phone.reset();
  Taro.setStorageSync('gt.devOpenid', 'demo-resident-wang');
  sent = [];
  answer = () => Promise.resolve({ status: 200, json: () => Promise.resolve(ANSWER) } as Response);
  global.fetch = jest.fn((url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    return answer();
  }) as unknown as typeof fetch;
});

it('sends the home call when the app opens on the home page, and the page’s call takes its answer', async () => {
  startHomeCallEarly('/');
  expect(sent).toEqual([{ url: '/cloud/users', headers: expect.objectContaining({ 'X-WX-OPENID': 'demo-resident-wang' }), body: HOME }]);
  await expect(h5Transport('users', HOME)).resolves.toEqual(ANSWER);
  expect(sent).toHaveLength(1);
  // A reload is a new call.
  await expect(h5Transport('users', HOME)).resolves.toEqual(ANSWER);
  expect(sent).toHaveLength(2);
});

it('starts nothing when the app opens on another page', () => {
  startHomeCallEarly('/pages/profile/index');
  startHomeCallEarly('/packages/requests/new/index');
  expect(sent).toEqual([]);
});

it('also on the home page’s own path, once however often the entry asks', async () => {
  startHomeCallEarly('/pages/index/index/');
  startHomeCallEarly('/pages/index/index');
  expect(sent).toHaveLength(1);
  await h5Transport('users', HOME);
});

it('gives another call its own request', async () => {
  startHomeCallEarly('/');
  await h5Transport('users', { action: 'me', payload: {} });
  expect(sent.map((s) => s.body)).toEqual([HOME, { action: 'me', payload: {} }]);
  await h5Transport('users', HOME);
  expect(sent).toHaveLength(2);
});

it('hands a failed early call to the page as a transport failure (callCloud then retries)', async () => {
  answer = () => Promise.reject(new TypeError('Failed to fetch'));
  startHomeCallEarly('/');
  await new Promise((resolve) => setTimeout(resolve, 0));
  await expect(h5Transport('users', HOME)).rejects.toBeInstanceOf(TransportError);
});

describe('the call index.html’s first script sent (scripts/h5/earlyHomeScript.ts)', () => {
  const holder = window as unknown as Record<string, EarlyHomeCall | undefined>;
  afterEach(() => {
    holder[EARLY_HOME_GLOBAL] = undefined;
    localStorage.clear();
  });

  /** Runs the script as index.html does, the identity kept as Taro's H5 storage keeps it. */
  function runIndexScript(openid: string | null): void {
    if (openid) localStorage.setItem('gt.devOpenid', JSON.stringify({ data: openid }));
    const html = earlyHomeScript();
    new Function(html.slice('<script>'.length, -'</script>'.length))();
  }

  it('is the request the transport sends, and the page’s call takes its answer instead of sending one', async () => {
    runIndexScript('demo-resident-wang');
    expect(sent).toHaveLength(1);
    const fromIndex = sent[0];
    startHomeCallEarly('/');
    expect(sent).toHaveLength(1);
    expect(holder[EARLY_HOME_GLOBAL]).toBeUndefined();
    await expect(h5Transport('users', HOME)).resolves.toEqual(ANSWER);
    expect(sent).toHaveLength(1);
    // What the transport itself sends for the same identity: the same request.
    await h5Transport('users', HOME);
    expect(sent[1]).toEqual({ ...fromIndex, headers: expect.objectContaining(fromIndex.headers) });
    expect(fromIndex.headers).toEqual(expect.objectContaining({ 'X-WX-OPENID': 'demo-resident-wang' }));
  });

  it('sends the call again when the identity on the phone is not the one it was sent for', async () => {
    runIndexScript('demo-staff-someone');
    startHomeCallEarly('/');
    expect(sent.map((s) => s.headers['X-WX-OPENID'])).toEqual(['demo-staff-someone', 'demo-resident-wang']);
    await h5Transport('users', HOME);
    expect(sent).toHaveLength(2);
  });

  it('sends nothing on another page', () => {
    window.history.pushState({}, '', '/pages/profile/index');
    try {
      runIndexScript('demo-resident-wang');
      expect(sent).toEqual([]);
      expect(holder[EARLY_HOME_GLOBAL]).toBeUndefined();
    } finally {
      window.history.pushState({}, '', '/');
    }
  });

  it('hands its failure to the page as a transport failure', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    runIndexScript('demo-resident-wang');
    startHomeCallEarly('/');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(h5Transport('users', HOME)).rejects.toBeInstanceOf(TransportError);
    expect(sent).toHaveLength(1);
  });
});
