/**
 * Things written on the phone that must reach the server exactly once,
 * whatever the network does (离线暂存). Each waits in storage with its key
 * and photos; it is sent when written, when the network returns, when the
 * app comes back to the foreground, and every minute while any wait. The
 * key stays the same, so a resend after a lost answer is recognised by the
 * server and records nothing twice. A refusal (not the network) marks the
 * item failed with the server's words for the person to decide.
 */
import Taro from '@tarojs/taro';
import { CloudError, isCloudError } from '@/services';
import * as storageApi from '@/services/storage';
import { commonText } from '@/text/common';
import { createListeners } from './listeners';

export interface OutboxPhoto {
  /** Kept on the device (photoPicking.keepPhoto). */
  local: string;
  /** Set once uploaded, so a resend does not upload it again. */
  fileID: string | null;
}

export interface OutboxItem<P> {
  key: string;
  payload: P;
  photos: OutboxPhoto[];
  /** How the list names it while it waits. */
  label: string;
  createdAt: number;
  status: 'waiting' | 'failed';
  error: string | null;
}

export interface OutboxOptions<P, R> {
  storageKey: string;
  /** Where photo `index` of item `key` is uploaded. */
  photoPath: (key: string, index: number) => Promise<string>;
  send: (payload: P, fileIDs: string[]) => Promise<R>;
}

const RETRY_EVERY_MS = 60_000;

export class KeyedOutbox<P, R> {
  private list: Array<OutboxItem<P>>;
  private readonly listeners = createListeners();
  private flushing: Promise<Map<string, R>> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly options: OutboxOptions<P, R>;

  constructor(options: OutboxOptions<P, R>) {
    this.options = options;
    this.list = this.read();
  }

  items(): Array<OutboxItem<P>> {
    return this.list;
  }

  /** Bound: a hook may pass it on as it is. */
  readonly subscribe = this.listeners.subscribe;

  /** Keeps the item and tries at once: the result, or null while it waits for the network; rejects with a refusal. */
  async submit(key: string, payload: P, photos: string[], label: string): Promise<R | null> {
    if (!this.list.some((item) => item.key === key)) {
      const kept = photos.map((local) => ({ local, fileID: null }));
      this.write([...this.list, { key, payload, photos: kept, label, createdAt: Date.now(), status: 'waiting', error: null }]);
    }
    const result = (await this.flush()).get(key);
    if (result !== undefined) return result;
    const left = this.list.find((item) => item.key === key);
    if (left?.status !== 'failed') return null;
    // Refused, not lost: the form still holds it for the person to correct.
    this.discard(key);
    throw new CloudError('INVALID_INPUT', left.error ?? commonText.unknownError);
  }

  /** Sends everything waiting, one by one (also what is added meanwhile); what went through, by key. */
  flush(): Promise<Map<string, R>> {
    this.flushing ??= this.sendWaiting().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  retry(key: string): Promise<Map<string, R>> {
    this.update(key, { status: 'waiting', error: null });
    return this.flush();
  }

  discard(key: string): void {
    this.write(this.list.filter((item) => item.key !== key));
  }

  /** Sends in the background from now on (call once). */
  start(): void {
    const kick = () => {
      if (this.list.some((item) => item.status === 'waiting')) void this.flush();
    };
    Taro.onNetworkStatusChange((status) => {
      if (status.isConnected) kick();
    });
    if (process.env.TARO_ENV === 'h5') window.addEventListener('online', kick);
    Taro.onAppShow?.(kick);
    this.keepTrying();
    kick();
  }

  private async sendWaiting(): Promise<Map<string, R>> {
    const sent = new Map<string, R>();
    const tried = new Set<string>();
    for (;;) {
      const item = this.list.find((i) => i.status === 'waiting' && !tried.has(i.key));
      if (!item) return sent;
      tried.add(item.key);
      try {
        sent.set(item.key, await this.sendOne(item));
        this.discard(item.key);
      } catch (error) {
        // No network: the rest waits too. A refusal: this one is marked, the next is tried.
        if (isCloudError(error) && error.code === 'NETWORK') return sent;
        this.update(item.key, { status: 'failed', error: isCloudError(error) ? error.message : commonText.unknownError });
      }
    }
  }

  private async sendOne(item: OutboxItem<P>): Promise<R> {
    const photos = [...item.photos];
    for (let i = 0; i < photos.length; i += 1) {
      if (photos[i].fileID) continue;
      photos[i] = { ...photos[i], fileID: await storageApi.uploadPhoto(photos[i].local, await this.options.photoPath(item.key, i)) };
      this.update(item.key, { photos });
    }
    return this.options.send(
      item.payload,
      photos.map((photo) => photo.fileID as string),
    );
  }

  private read(): Array<OutboxItem<P>> {
    try {
      const value: unknown = Taro.getStorageSync(this.options.storageKey);
      return Array.isArray(value) ? (value as Array<OutboxItem<P>>) : [];
    } catch {
      return [];
    }
  }

  private write(next: Array<OutboxItem<P>>): void {
    this.list = next;
    this.keepTrying();
    try {
      Taro.setStorageSync(this.options.storageKey, next);
    } catch {
      // Storage full: still held for this session.
    }
    this.listeners.notify();
  }

  private update(key: string, change: Partial<OutboxItem<P>>): void {
    this.write(this.list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  /** Retries every minute, but only while something waits. */
  private keepTrying(): void {
    const waiting = this.list.some((item) => item.status === 'waiting');
    if (waiting && !this.timer) {
      this.timer = setInterval(() => void this.flush(), RETRY_EVERY_MS);
    } else if (!waiting && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
