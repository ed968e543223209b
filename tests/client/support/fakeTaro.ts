/**
 * `@tarojs/taro` for the client's unit tests (jest maps the module here):
 * the few APIs the client's state and services call, backed by a fake phone
 * (`phone`): storage that keeps only what JSON keeps, as WeChat's does, a
 * network that can drop, and a cloud whose functions the test plays. Above
 * this boundary everything is the shipped code: services, transport,
 * callCloud and its retry, the outbox.
 */

/** One call that reached `wx.cloud.callFunction`. */
export interface CloudCall {
  name: string;
  action: string;
  payload: Record<string, unknown>;
}

/** Plays a cloud function: returns the envelope the function answers (or a promise of it, to hold a call at the server). */
export type CloudFunction = (call: CloudCall) => unknown;

type Listener<T> = (value: T) => void;

class FakePhone {
  storage = new Map<string, string>();
  online = true;
  /** When set, the call reaches the cloud but its answer is lost on the way back (once per call while set). */
  loseAnswers = false;
  /** How many of the next calls die on the way out (a flaky network), then calls go through. */
  dropNextCalls = 0;
  /** Every call the app made, reached or not: function and action. */
  attempts: string[] = [];
  cloud: CloudFunction = () => ({ ok: false, code: 'INTERNAL', message: '没有设置云函数' });
  /** Every call that reached the cloud, in order. */
  calls: CloudCall[] = [];
  /** Every upload that reached cloud storage: its cloudPath. */
  uploads: string[] = [];
  /** Runs after each upload landed (a test drops the network there). */
  afterUpload: (cloudPath: string) => void = () => undefined;
  /** What the person answers the next dialogs (showModal), and what the dialogs said. */
  confirms = true;
  dialogs: string[] = [];
  /** Every navigateTo/redirectTo: its url; navigateBack: 'back'. */
  navigations: string[] = [];
  /** The query the page on screen was opened with (useRouter().params). */
  pageParams: Record<string, string> = {};
  /** Every pageScrollTo: the selector scrolled to. */
  scrolls: string[] = [];
  networkListeners: Listener<{ isConnected: boolean; networkType: string }>[] = [];
  appShowListeners: Listener<unknown>[] = [];

  /** A fresh phone: nothing stored, online, no listeners. */
  reset(): void {
    this.storage.clear();
    this.online = true;
    this.loseAnswers = false;
    this.dropNextCalls = 0;
    this.attempts = [];
    this.calls = [];
    this.uploads = [];
    this.afterUpload = () => undefined;
    this.confirms = true;
    this.dialogs = [];
    this.navigations = [];
    this.pageParams = {};
    this.scrolls = [];
    this.networkListeners = [];
    this.appShowListeners = [];
    this.cloud = () => ({ ok: false, code: 'INTERNAL', message: '没有设置云函数' });
  }

  /** The network comes back: WeChat tells every onNetworkStatusChange listener. */
  reconnect(): void {
    this.online = true;
    for (const listener of this.networkListeners) listener({ isConnected: true, networkType: 'wifi' });
  }

  disconnect(): void {
    this.online = false;
    for (const listener of this.networkListeners) listener({ isConnected: false, networkType: 'none' });
  }

  /** The app comes back to the foreground. */
  show(): void {
    for (const listener of this.appShowListeners) listener({});
  }

  callsOf(action: string): CloudCall[] {
    return this.calls.filter((call) => call.action === action);
  }
}

/**
 * One phone for the whole test file, kept across jest.resetModules(): a test
 * that loads the app's modules afresh (an app restart) finds what the last
 * run stored.
 */
const holder = globalThis as { fakePhone?: FakePhone };
export const phone: FakePhone = (holder.fakePhone ??= new FakePhone());

function failure(api: string): { errMsg: string } {
  return { errMsg: `${api}:fail network error` };
}

/** WeChat answers after a round trip, never in the same tick. */
const roundTrip = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The upload token of the phone's person: its uploads go under `<area>/phone-person/`. */
export const PHONE_UPLOAD_TOKEN = 'phone-person';

/** The phone's person as users.me answers (an upload made before the home loaded asks it for the upload token). */
export const PHONE_PROFILE = {
  registered: true,
  name: '王秀英',
  roles: ['resident'],
  homeGrid: null,
  elderMode: false,
  elderModeSetAt: null,
  phone: null,
  contactPhone: null,
  uploadToken: PHONE_UPLOAD_TOKEN,
};

const Taro = {
  getStorageSync(key: string): unknown {
    const value = phone.storage.get(key);
    // WeChat gives '' for a key it does not hold.
    return value === undefined ? '' : (JSON.parse(value) as unknown);
  },
  setStorageSync(key: string, value: unknown): void {
    phone.storage.set(key, JSON.stringify(value));
  },
  removeStorageSync(key: string): void {
    phone.storage.delete(key);
  },
  onNetworkStatusChange(listener: Listener<{ isConnected: boolean; networkType: string }>): void {
    phone.networkListeners.push(listener);
  },
  onAppShow(listener: Listener<unknown>): void {
    phone.appShowListeners.push(listener);
  },
  async showModal({
    content,
    confirmText = '确定',
  }: {
    content: string;
    confirmText?: string;
  }): Promise<{ confirm: boolean; cancel: boolean }> {
    await roundTrip();
    // As WeChat: a button of more than 4 characters and the dialog fails without showing.
    if ([...confirmText].length > 4) throw { errMsg: 'showModal:fail confirmText length should not exceed 4 characters' };
    phone.dialogs.push(content);
    return { confirm: phone.confirms, cancel: !phone.confirms };
  },
  async pageScrollTo({ selector }: { selector: string }): Promise<void> {
    await roundTrip();
    phone.scrolls.push(selector);
  },
  async navigateTo({ url }: { url: string }): Promise<void> {
    await roundTrip();
    phone.navigations.push(url);
  },
  async redirectTo({ url }: { url: string }): Promise<void> {
    await roundTrip();
    phone.navigations.push(url);
  },
  async navigateBack(): Promise<void> {
    await roundTrip();
    phone.navigations.push('back');
  },
  cloud: {
    async callFunction({
      name,
      data,
    }: {
      name: string;
      data: { action: string; payload: Record<string, unknown> };
    }): Promise<{ result: unknown }> {
      await roundTrip();
      phone.attempts.push(`${name}.${data.action}`);
      if (phone.dropNextCalls > 0) {
        phone.dropNextCalls -= 1;
        throw failure('cloud.callFunction');
      }
      if (!phone.online) throw failure('cloud.callFunction');
      const call = { name, action: data.action, payload: JSON.parse(JSON.stringify(data.payload)) as Record<string, unknown> };
      phone.calls.push(call);
      // Who the phone's person is: an upload asks it for the upload token when the home has not loaded.
      const result: unknown = name === 'users' && data.action === 'me' ? { ok: true, data: PHONE_PROFILE } : await phone.cloud(call);
      await roundTrip();
      if (phone.loseAnswers || !phone.online) throw failure('cloud.callFunction');
      return { result };
    },
    async uploadFile({ cloudPath }: { cloudPath: string; filePath: string }): Promise<{ fileID: string }> {
      await roundTrip();
      if (!phone.online) throw failure('cloud.uploadFile');
      phone.uploads.push(cloudPath);
      phone.afterUpload(cloudPath);
      return { fileID: `cloud://test-env/${cloudPath}` };
    },
  },
  eventCenter: {
    on(): void {},
    off(): void {},
    trigger(): void {},
  },
};

export default Taro;

// Page hooks some client modules import: the page is opened with `phone.pageParams`.
export function useDidShow(): void {}
/** Lists read a page at a time load more at the bottom; tests call `loadMore` themselves. */
export function useReachBottom(): void {}
export function useRouter(): { params: Record<string, string> } {
  return { params: phone.pageParams };
}
