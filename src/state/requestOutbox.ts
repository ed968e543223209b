/**
 * Requests waiting to be sent (离线草稿). On a rural network a submission
 * may not get through: it is kept on the device (storage) with its
 * idempotency key and photos, and sent again when the network returns, when
 * the app comes back to the foreground, and every minute while any wait.
 * Because the key stays the same, a resend after an answer was lost never
 * files a second request.
 */
import Taro from '@tarojs/taro';
import type { RequestOf, SubmitResultDto } from '@contract';
import { CloudError, isCloudError } from '@/services';
import * as requestsApi from '@/services/requests';
import * as storageApi from '@/services/storage';
import { commonText } from '@/text/common';

type SubmitPayload = RequestOf<'requests', 'submit'>;
type ProxyPayload = RequestOf<'requests', 'fileOnBehalf'>;

export interface PendingPhoto {
  /** Kept on the device (see storage.keepPhoto). */
  local: string;
  /** Set once uploaded, so a resend does not upload it again. */
  fileID: string | null;
}

export type PendingFiling =
  { kind: 'submit'; payload: Omit<SubmitPayload, 'photos'> } | { kind: 'fileOnBehalf'; payload: Omit<ProxyPayload, 'photos'> };

export type PendingRequest = PendingFiling & {
  clientKey: string;
  photos: PendingPhoto[];
  /** For the list while it waits. */
  categoryName: string;
  createdAt: number;
  /** 'failed': the server refused it (not the network); the person decides. */
  status: 'waiting' | 'failed';
  error: string | null;
};

const STORAGE_KEY = 'gt.requestOutbox';
const RETRY_EVERY_MS = 60_000;

let items: PendingRequest[] = read();
const listeners = new Set<() => void>();
let flushing: Promise<Map<string, SubmitResultDto>> | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

function read(): PendingRequest[] {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    return Array.isArray(value) ? (value as PendingRequest[]) : [];
  } catch {
    return [];
  }
}

/** Retries every minute, but only while something waits. */
function keepTrying(): void {
  const waiting = items.some((item) => item.status === 'waiting');
  if (waiting && !timer) {
    timer = setInterval(() => void flushOutbox(), RETRY_EVERY_MS);
  } else if (!waiting && timer) {
    clearInterval(timer);
    timer = null;
  }
}

function write(next: PendingRequest[]): void {
  items = next;
  keepTrying();
  try {
    Taro.setStorageSync(STORAGE_KEY, next);
  } catch {
    // Storage full: still held for this session.
  }
  listeners.forEach((listener) => listener());
}

function update(clientKey: string, change: Partial<PendingRequest>): void {
  write(items.map((item) => (item.clientKey === clientKey ? ({ ...item, ...change } as PendingRequest) : item)));
}

export function pendingRequests(): PendingRequest[] {
  return items;
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A fresh key: 16+ characters of time and randomness, as the contract wants. */
export function newKey(prefix = 'k'): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

async function sendOne(item: PendingRequest): Promise<SubmitResultDto> {
  const photos = [...item.photos];
  for (let i = 0; i < photos.length; i += 1) {
    if (photos[i].fileID) continue;
    const fileID = await storageApi.uploadPhoto(photos[i].local, storageApi.photoPath(item.clientKey, i));
    photos[i] = { ...photos[i], fileID };
    update(item.clientKey, { photos });
  }
  const fileIDs = photos.map((photo) => photo.fileID as string);
  return item.kind === 'submit'
    ? requestsApi.submit({ ...item.payload, photos: fileIDs })
    : requestsApi.fileOnBehalf({ ...item.payload, photos: fileIDs });
}

/**
 * Sends everything waiting, one by one (also what is added meanwhile).
 * Resolves to what went through, by key. A network failure leaves the rest
 * waiting; a refusal marks that one failed with the server's message.
 */
export function flushOutbox(): Promise<Map<string, SubmitResultDto>> {
  flushing ??= (async () => {
    const sent = new Map<string, SubmitResultDto>();
    const tried = new Set<string>();
    try {
      for (;;) {
        const item = items.find((i) => i.status === 'waiting' && !tried.has(i.clientKey));
        if (!item) break;
        tried.add(item.clientKey);
        try {
          sent.set(item.clientKey, await sendOne(item));
          write(items.filter((i) => i.clientKey !== item.clientKey));
        } catch (error) {
          if (isCloudError(error) && error.code === 'NETWORK') break;
          update(item.clientKey, { status: 'failed', error: isCloudError(error) ? error.message : commonText.unknownError });
        }
      }
    } finally {
      flushing = null;
    }
    return sent;
  })();
  return flushing;
}

/**
 * Keeps a filing and tries to send it at once. Resolves to the result, or
 * null when it waits for the network; rejects with the server's refusal.
 * The filing's own key (`payload.clientKey`) is the outbox's: what waits is
 * sent under the key the server will recognise.
 */
export async function fileRequest(filing: PendingFiling, photos: string[], categoryName: string): Promise<SubmitResultDto | null> {
  const { clientKey } = filing.payload;
  if (!items.some((item) => item.clientKey === clientKey)) {
    write([
      ...items,
      {
        ...filing,
        clientKey,
        photos: photos.map((local) => ({ local, fileID: null })),
        categoryName,
        createdAt: Date.now(),
        status: 'waiting',
        error: null,
      },
    ]);
  }
  // A flush already under way picks the new one up before it ends.
  const result = (await flushOutbox()).get(clientKey);
  if (result) return result;
  const left = items.find((item) => item.clientKey === clientKey);
  if (left?.status === 'failed') {
    // Refused, not lost: the form still holds it for the person to correct.
    discardRequest(clientKey);
    throw new CloudError('INVALID_INPUT', left.error ?? commonText.unknownError);
  }
  return null;
}

export function retryRequest(clientKey: string): Promise<Map<string, SubmitResultDto>> {
  update(clientKey, { status: 'waiting', error: null });
  return flushOutbox();
}

export function discardRequest(clientKey: string): void {
  write(items.filter((item) => item.clientKey !== clientKey));
}

/** Starts sending in the background: when the network returns, when the app shows, every minute while any wait. */
export function startOutboxSync(): void {
  const kick = () => {
    if (items.some((item) => item.status === 'waiting')) void flushOutbox();
  };
  Taro.onNetworkStatusChange((status) => {
    if (status.isConnected) kick();
  });
  if (process.env.TARO_ENV === 'h5') window.addEventListener('online', kick);
  Taro.onAppShow?.(kick);
  keepTrying();
  kick();
}
