/**
 * The outbox of filings (src/state/requestOutbox.ts, filed into by state/requestFiling.ts) on a phone whose network
 * drops: each filing reaches the cloud exactly once however many triggers
 * fire, waits on the phone (and across a restart) while the network is down,
 * is sent when the network returns, in the order filed, keeps its key and its
 * uploaded photos across attempts, and a refusal is kept for the person,
 * never dropped.
 */
import { phone } from './support/fakeTaro';
import { filing, requestsFunction } from './support/requestsFunction';

/** The outbox and filing into it (state/requestFiling), loaded together as the filing page has them. */
type Outbox = typeof import('@/state/requestOutbox') & typeof import('@/state/requestFiling');

const STORAGE_KEY = 'gt.requestOutbox';

/** Loads the app's modules afresh, as a restart of the mini-program does; the phone keeps its storage. */
function launch(): Outbox {
  let outbox: Outbox | undefined;
  jest.isolateModules(() => {
    // A tab of the H5 build shares the browser's Web Locks, as src/h5 installs them.
    const locks = (navigator as Partial<Navigator>).locks;
    if (locks) {
      const { installSendLock } = jest.requireActual<typeof import('@/state/sendLock')>('@/state/sendLock');
      const { webLocksSendLock } = jest.requireActual<typeof import('@/h5/webLocksSendLock')>('@/h5/webLocksSendLock');
      installSendLock(webLocksSendLock(locks));
    }
    outbox = {
      ...jest.requireActual<typeof import('@/state/requestOutbox')>('@/state/requestOutbox'),
      ...jest.requireActual<typeof import('@/state/requestFiling')>('@/state/requestFiling'),
    };
  });
  return outbox as Outbox;
}

/** Lets every pending round trip finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function stored(): Array<{ clientKey: string; status: string; error: string | null; photos: Array<{ fileID: string | null }> }> {
  const raw = phone.storage.get(STORAGE_KEY);
  return raw ? (JSON.parse(raw) as ReturnType<typeof stored>) : [];
}

beforeEach(() => {
  phone.reset();
  jest.useFakeTimers({ doNotFake: ['setTimeout', 'nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
});

describe('a filing while the network works', () => {
  it('is sent once, answered, and leaves nothing on the phone', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    const result = await outbox.fileRequest(filing('key-online-0001', '路灯坏了'), [], '环境卫生');
    expect(result?.request.id).toBe('r-1');
    expect(phone.callsOf('submit').map((call) => call.payload.clientKey)).toEqual(['key-online-0001']);
    expect(filed.size).toBe(1);
    expect(outbox.pendingRequests()).toEqual([]);
    expect(stored()).toEqual([]);
  });

  it('sent again with the same key (a second tap) files nothing new', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    const [first, second] = await Promise.all([
      outbox.fileRequest(filing('key-double-0001', '路灯坏了'), [], '环境卫生'),
      outbox.fileRequest(filing('key-double-0001', '路灯坏了'), [], '环境卫生'),
    ]);
    expect(first?.request.id).toBe('r-1');
    expect(second?.request.id).toBe('r-1');
    expect(phone.callsOf('submit')).toHaveLength(1);
    expect(filed.size).toBe(1);
  });
});

describe('a filing while the network is down', () => {
  it('waits on the phone with its key, payload and photos, and reaches the cloud once when the network returns', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    const result = await outbox.fileRequest(filing('key-offline-0001', '桥上的栏杆断了'), ['wxfile://photo-1.jpg'], '道路交通');
    expect(result).toBeNull();
    expect(phone.calls).toEqual([]);
    expect(stored()).toEqual([
      expect.objectContaining({
        clientKey: 'key-offline-0001',
        status: 'waiting',
        error: null,
        photos: [{ local: 'wxfile://photo-1.jpg', fileID: null }],
      }),
    ]);

    const seen: number[] = [];
    outbox.subscribeOutbox(() => seen.push(outbox.pendingRequests().length));
    phone.reconnect();
    await settle();

    expect(phone.callsOf('submit')).toHaveLength(1);
    expect(phone.callsOf('submit')[0].payload).toEqual(
      expect.objectContaining({
        clientKey: 'key-offline-0001',
        text: '桥上的栏杆断了',
        photos: ['cloud://test-env/requests/phone-person/key-offline-0001/1.jpg'],
      }),
    );
    expect(filed.size).toBe(1);
    expect(outbox.pendingRequests()).toEqual([]);
    expect(stored()).toEqual([]);
    expect(seen[seen.length - 1]).toBe(0);
  });

  it('is still there after the mini-program restarts, and is sent by the restarted app', async () => {
    const filed = requestsFunction();
    phone.online = false;
    await launch().fileRequest(filing('key-restart-0001', '垃圾没人清'), [], '环境卫生');
    expect(stored()).toHaveLength(1);

    // The person closes WeChat; later the app starts again with the network back.
    phone.online = true;
    const restarted = launch();
    expect(restarted.pendingRequests().map((item) => item.clientKey)).toEqual(['key-restart-0001']);
    restarted.startOutboxSync();
    await settle();
    expect(phone.callsOf('submit').map((call) => call.payload.clientKey)).toEqual(['key-restart-0001']);
    expect(filed.size).toBe(1);
    expect(stored()).toEqual([]);
  });

  it('is sent in the order filed, each once, when the network returns', async () => {
    requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    await outbox.fileRequest(filing('key-order-0001', '第一件'), [], '环境卫生');
    await outbox.fileRequest(filing('key-order-0002', '第二件'), [], '环境卫生');
    await outbox.fileRequest(filing('key-order-0003', '第三件'), [], '环境卫生');
    phone.reconnect();
    await settle();
    expect(phone.callsOf('submit').map((call) => call.payload.text)).toEqual(['第一件', '第二件', '第三件']);
  });

  it('reaches the cloud once when the network returns, the app shows and the minute comes round together', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    await outbox.fileRequest(filing('key-triggers-0001', '井盖丢了'), [], '道路交通');
    phone.online = true;
    phone.reconnect();
    phone.show();
    jest.advanceTimersByTime(60_000);
    void outbox.flushOutbox();
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(1);
    expect(filed.size).toBe(1);
  });

  it('is tried again every minute while it waits, and not after it went', async () => {
    requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    await outbox.fileRequest(filing('key-minute-0001', '路灯坏了'), [], '环境卫生');
    // The network is back but nobody told the app (no onNetworkStatusChange): the minute's retry sends it.
    phone.online = true;
    jest.advanceTimersByTime(59_000);
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(0);
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(1);
    jest.advanceTimersByTime(5 * 60_000);
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(1);
  });

  it('sent but unanswered (the answer lost on the way back), is sent again with the same key and files one request', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.loseAnswers = true;
    expect(await outbox.fileRequest(filing('key-lost-0001', '水管漏水'), [], '水电')).toBeNull();
    expect(filed.size).toBe(1);
    expect(stored()).toHaveLength(1);

    phone.loseAnswers = false;
    phone.reconnect();
    await settle();
    const keys = phone.callsOf('submit').map((call) => call.payload.clientKey);
    expect(new Set(keys)).toEqual(new Set(['key-lost-0001']));
    expect(filed.size).toBe(1);
    expect(stored()).toEqual([]);
  });

  it('uploads each photo once, even when the filing itself has to wait', async () => {
    requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    // Both photos go up, then the network drops before the filing is sent.
    phone.afterUpload = (cloudPath) => {
      if (cloudPath.endsWith('/2.jpg')) phone.online = false;
    };
    expect(await outbox.fileRequest(filing('key-photos-0001', '路面塌了'), ['wxfile://a.jpg', 'wxfile://b.jpg'], '道路交通')).toBeNull();
    expect(phone.uploads).toEqual(['requests/phone-person/key-photos-0001/1.jpg', 'requests/phone-person/key-photos-0001/2.jpg']);
    expect(stored()[0].photos.map((photo) => photo.fileID)).toEqual([
      'cloud://test-env/requests/phone-person/key-photos-0001/1.jpg',
      'cloud://test-env/requests/phone-person/key-photos-0001/2.jpg',
    ]);

    phone.reconnect();
    await settle();
    expect(phone.uploads).toHaveLength(2);
    expect(phone.callsOf('submit')).toHaveLength(1);
  });
});

describe('a filing the cloud refuses', () => {
  it('sent at once, rejects with the server’s words and is not kept (the form still holds it)', async () => {
    requestsFunction(() => '类别不存在');
    const outbox = launch();
    await expect(outbox.fileRequest(filing('key-refused-0001', '路灯坏了'), [], '环境卫生')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '类别不存在',
    });
    expect(stored()).toEqual([]);
  });

  it('sent at once, rejects with the server’s code and field hints, for the form to mark the fields', async () => {
    const hint = { path: 'location.address', message: '地址太长了，请删掉20个字' };
    requestsFunction(() => ({ code: 'INVALID_INPUT', message: '有几处要改一下', fields: [hint] }));
    await expect(launch().fileRequest(filing('key-refused-0002', '路灯坏了'), [], '环境卫生')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [hint],
    });
    requestsFunction(() => ({ code: 'PHONE_TAKEN', message: '这个号码已被别的微信绑定' }));
    await expect(launch().fileRequest(filing('key-refused-0003', '路灯坏了'), [], '环境卫生')).rejects.toMatchObject({
      code: 'PHONE_TAKEN',
      message: '这个号码已被别的微信绑定',
    });
  });

  it('sent later from the outbox, is kept as failed with the server’s words, is not retried by itself, and goes when the person retries', async () => {
    let refusing = true;
    const filed = requestsFunction(() => (refusing ? '这个网格已经撤销，请重新选择' : null));
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    await outbox.fileRequest(filing('key-failed-0001', '第一件'), [], '环境卫生');
    await outbox.fileRequest(filing('key-failed-0002', '第二件'), [], '环境卫生');
    refusing = true;
    phone.reconnect();
    await settle();
    expect(stored().map((item) => [item.clientKey, item.status, item.error])).toEqual([
      ['key-failed-0001', 'failed', '这个网格已经撤销，请重新选择'],
      ['key-failed-0002', 'failed', '这个网格已经撤销，请重新选择'],
    ]);
    const tried = phone.callsOf('submit').length;
    phone.reconnect();
    phone.show();
    jest.advanceTimersByTime(5 * 60_000);
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(tried);

    refusing = false;
    await outbox.retryRequest('key-failed-0002');
    expect(filed.size).toBe(1);
    expect(stored().map((item) => item.clientKey)).toEqual(['key-failed-0001']);
    outbox.discardRequest('key-failed-0001');
    expect(stored()).toEqual([]);
  });
});

/**
 * Web Locks as a browser gives them to every tab of one site: one holder of
 * a name at a time, the next waiting its turn (jsdom has none).
 */
function shareLocksBetweenTabs(): () => void {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    request(name: string, callback: () => Promise<unknown>): Promise<unknown> {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => callback());
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
  return () => {
    Reflect.deleteProperty(navigator, 'locks');
  };
}

describe('two tabs of the H5 app, or a page opened again', () => {
  let unshare: () => void;
  beforeEach(() => {
    unshare = shareLocksBetweenTabs();
  });
  afterEach(() => unshare());

  it('send a filing both found waiting once, when the network returns to both', async () => {
    const filed = requestsFunction();
    phone.online = false;
    await launch().fileRequest(filing('key-tabs-0001', '路灯坏了'), [], '环境卫生');
    const first = launch();
    const second = launch();
    first.startOutboxSync();
    second.startOutboxSync();
    phone.reconnect();
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(1);
    expect(filed.size).toBe(1);
    expect(first.pendingRequests()).toEqual([]);
    expect(second.pendingRequests()).toEqual([]);
  });

  it('keep what another tab saved when they save their own', async () => {
    requestsFunction();
    phone.online = false;
    const earlier = launch();
    const later = launch();
    await later.fileRequest(filing('key-tabs-0002', '第一件'), [], '环境卫生');
    await earlier.fileRequest(filing('key-tabs-0003', '第二件'), [], '环境卫生');
    expect(stored().map((item) => item.clientKey)).toEqual(['key-tabs-0002', 'key-tabs-0003']);
  });

  it('never send what the person deleted in another tab', async () => {
    const filed = requestsFunction();
    phone.online = false;
    const first = launch();
    await first.fileRequest(filing('key-tabs-0004', '删掉的'), [], '环境卫生');
    launch().discardRequest('key-tabs-0004');
    first.startOutboxSync();
    phone.reconnect();
    await settle();
    expect(phone.callsOf('submit')).toHaveLength(0);
    expect(filed.size).toBe(0);
    expect(first.pendingRequests()).toEqual([]);
  });
});

describe('a filing deleted while it is being sent', () => {
  it('is not filed once its photos are up', async () => {
    const filed = requestsFunction();
    const outbox = launch();
    phone.afterUpload = () => outbox.discardRequest('key-deleted-0001');
    expect(await outbox.fileRequest(filing('key-deleted-0001', '拍了照又不想报了'), ['wxfile://a.jpg'], '环境卫生')).toBeNull();
    expect(phone.callsOf('submit')).toHaveLength(0);
    expect(filed.size).toBe(0);
    expect(stored()).toEqual([]);
  });
});

describe('what was sent', () => {
  it('is remembered with the request it became, newest first, for the page that saved it', async () => {
    requestsFunction();
    const outbox = launch();
    outbox.startOutboxSync();
    phone.online = false;
    await outbox.fileRequest(filing('key-sent-0001', '第一件'), [], '环境卫生');
    await outbox.fileRequest(filing('key-sent-0002', '第二件'), [], '环境卫生');
    expect(outbox.sentRequests()).toEqual([]);
    const seen: string[][] = [];
    outbox.subscribeOutbox(() => seen.push(outbox.sentRequests().map((item) => item.requestId)));
    phone.reconnect();
    await settle();
    expect(outbox.sentRequests().map((item) => [item.clientKey, item.requestId])).toEqual([
      ['key-sent-0002', 'r-2'],
      ['key-sent-0001', 'r-1'],
    ]);
    expect(seen).toContainEqual(['r-1']);
    // Another tab, or the app opened again, knows it too.
    expect(
      launch()
        .sentRequests()
        .map((item) => item.requestId),
    ).toEqual(['r-2', 'r-1']);
  });
});

describe('keys', () => {
  it('are fresh each time and of the shape the contract accepts', () => {
    const outbox = launch();
    const keys = Array.from({ length: 200 }, () => outbox.newKey('op'));
    expect(new Set(keys).size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  });
});
