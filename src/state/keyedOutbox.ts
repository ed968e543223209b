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
import { api, CloudError, isCloudError } from '@/services';
import { zh } from '@/text/zh';

export interface OutboxPhoto {
  /** Kept on the device (storage.keepPhoto). */
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

export interface KeyedOutbox<P, R> {
  items(): Array<OutboxItem<P>>;
  subscribe(listener: () => void): () => void;
  /** Keeps the item and tries at once: the result, null while it waits for the network; rejects with a refusal. */
  submit(key: string, payload: P, photos: string[], label: string): Promise<R | null>;
  flush(): Promise<Map<string, R>>;
  retry(key: string): Promise<Map<string, R>>;
  discard(key: string): void;
  /** Sends in the background from now on (call once, at launch). */
  start(): void;
}

export interface OutboxOptions<P, R> {
  storageKey: string;
  /** Where photo `index` of item `key` is uploaded. */
  photoPath: (key: string, index: number) => string;
  send: (payload: P, fileIDs: string[]) => Promise<R>;
}

const RETRY_EVERY_MS = 60_000;

export function createKeyedOutbox<P, R>({ storageKey, photoPath, send }: OutboxOptions<P, R>): KeyedOutbox<P, R> {
  const read = (): Array<OutboxItem<P>> => {
    try {
      const value: unknown = Taro.getStorageSync(storageKey);
      return Array.isArray(value) ? (value as Array<OutboxItem<P>>) : [];
    } catch {
      return [];
    }
  };
  let items = read();
  const listeners = new Set<() => void>();
  let flushing: Promise<Map<string, R>> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const keepTrying = () => {
    const waiting = items.some((item) => item.status === 'waiting');
    if (waiting && !timer) timer = setInterval(() => void flush(), RETRY_EVERY_MS);
    else if (!waiting && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  const write = (next: Array<OutboxItem<P>>) => {
    items = next;
    keepTrying();
    try {
      Taro.setStorageSync(storageKey, next);
    } catch {
      // Storage full: still held for this session.
    }
    listeners.forEach((listener) => listener());
  };
  const update = (key: string, change: Partial<OutboxItem<P>>) => write(items.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const sendOne = async (item: OutboxItem<P>): Promise<R> => {
    const photos = [...item.photos];
    for (let i = 0; i < photos.length; i += 1) {
      if (photos[i].fileID) continue;
      photos[i] = { ...photos[i], fileID: await api.storage.uploadPhoto(photos[i].local, photoPath(item.key, i)) };
      update(item.key, { photos });
    }
    return send(item.payload, photos.map((photo) => photo.fileID as string));
  };

  function flush(): Promise<Map<string, R>> {
    flushing ??= (async () => {
      const sent = new Map<string, R>();
      const tried = new Set<string>();
      try {
        for (;;) {
          const item = items.find((i) => i.status === 'waiting' && !tried.has(i.key));
          if (!item) break;
          tried.add(item.key);
          try {
            sent.set(item.key, await sendOne(item));
            write(items.filter((i) => i.key !== item.key));
          } catch (error) {
            if (isCloudError(error) && error.code === 'NETWORK') break;
            update(item.key, { status: 'failed', error: isCloudError(error) ? error.message : zh.common.unknownError });
          }
        }
      } finally {
        flushing = null;
      }
      return sent;
    })();
    return flushing;
  }

  return {
    items: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async submit(key, payload, photos, label) {
      if (!items.some((item) => item.key === key)) {
        const photoList = photos.map((local) => ({ local, fileID: null }));
        write([...items, { key, payload, photos: photoList, label, createdAt: Date.now(), status: 'waiting', error: null }]);
      }
      const result = (await flush()).get(key);
      if (result !== undefined) return result;
      const left = items.find((item) => item.key === key);
      if (left?.status === 'failed') {
        // Refused, not lost: the form still holds it for the person to correct.
        write(items.filter((item) => item.key !== key));
        throw new CloudError('INVALID_INPUT', left.error ?? zh.common.unknownError);
      }
      return null;
    },
    flush,
    retry(key) {
      update(key, { status: 'waiting', error: null });
      return flush();
    },
    discard(key) {
      write(items.filter((item) => item.key !== key));
    },
    start() {
      const kick = () => {
        if (items.some((item) => item.status === 'waiting')) void flush();
      };
      Taro.onNetworkStatusChange((status) => {
        if (status.isConnected) kick();
      });
      if (process.env.TARO_ENV === 'h5') window.addEventListener('online', kick);
      Taro.onAppShow?.(kick);
      keepTrying();
      kick();
    },
  };
}
