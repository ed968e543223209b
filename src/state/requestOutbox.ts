/**
 * Requests waiting to be sent (离线草稿). On a rural network a submission
 * may not get through: it is kept on the device (storage) with its
 * idempotency key and photos, and sent again when the network returns, when
 * the app comes back to the foreground, and every minute while any wait.
 * Because the key stays the same, a resend after an answer was lost never
 * files a second request.
 *
 * Storage is the truth, not this module's copy: every change and every send
 * reads it first, so a second browser tab (H5) or a page opened again never
 * overwrites what another added, and sending is done under one lock shared
 * by every tab, so what one tab sent the next one no longer finds. What was
 * sent is remembered for a while (`sentRequests`) so a page showing a saved
 * filing can say it went and link to it. Filing one (state/requestFiling.ts)
 * is the 诉求 pages' own, so it ships in their subpackage; this module is
 * the app's, which sends what waits.
 */
import Taro from '@tarojs/taro';
import type { FieldError, RequestOf, SubmitResultDto } from '@contract';
import { isCloudError, type CloudErrorCode } from '@/services';
import * as requestsApi from '@/services/requests';
import * as storageApi from '@/services/storage';
import { commonText } from '@/text/common';
import { createListeners } from './listeners';
import { sendLock } from './sendLock';

type SubmitPayload = RequestOf<'requests', 'submit'>;
type ProxyPayload = RequestOf<'requests', 'fileOnBehalf'>;

export interface PendingPhoto {
  /** Kept on the device (see photoPicking.keepPhoto). */
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
  /** The refusal's code and per-field hints, so the form can mark the fields (absent on older phones' items). */
  code?: CloudErrorCode;
  fields?: FieldError[];
};

/** A filing the outbox sent: which request it became. */
export interface SentRequest {
  clientKey: string;
  requestId: string;
  sentAt: number;
}

const STORAGE_KEY = 'gt.requestOutbox';
const SENT_KEY = 'gt.requestOutbox.sent';
/** How many sent filings are remembered (a page shows only the ones it saved). */
const SENT_KEPT = 20;
/** The Web Locks name every tab sends under (H5); WeChat runs one app, one context. */
const SEND_LOCK = 'gt.requestOutbox.send';
const RETRY_EVERY_MS = 60_000;

let items: PendingRequest[] = read<PendingRequest>(STORAGE_KEY);
let sent: SentRequest[] = read<SentRequest>(SENT_KEY);
/** False after storage refused a write: then this copy holds more than storage and is kept. */
let stored = true;
const { subscribe, notify } = createListeners();
let flushing: Promise<Map<string, SubmitResultDto>> | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

function read<T>(key: string): T[] {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** Takes what storage holds now (another tab may have added, sent or deleted); true when it differed. */
function refresh(): boolean {
  if (!stored) return false;
  const nextItems = read<PendingRequest>(STORAGE_KEY);
  const nextSent = read<SentRequest>(SENT_KEY);
  if (JSON.stringify(nextItems) === JSON.stringify(items) && JSON.stringify(nextSent) === JSON.stringify(sent)) return false;
  items = nextItems;
  sent = nextSent;
  keepTrying();
  return true;
}

/** Runs `work` while no other tab sends (the H5 build's tabs share a lock: state/sendLock). */
async function underSendLock<T>(work: () => Promise<T>): Promise<T> {
  return sendLock()(SEND_LOCK, work);
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
    stored = false;
  }
  notify();
}

/** Changes what storage holds now, never an older copy of it. */
function change(edit: (current: PendingRequest[]) => PendingRequest[]): void {
  refresh();
  write(edit(items));
}

function update(clientKey: string, fields: Partial<PendingRequest>): void {
  change((current) => current.map((item) => (item.clientKey === clientKey ? ({ ...item, ...fields } as PendingRequest) : item)));
}

/** Remembers which request a filing became, before it leaves the outbox. */
function recordSent(clientKey: string, result: SubmitResultDto): void {
  const entry = { clientKey, requestId: result.request.id, sentAt: Date.now() };
  sent = [entry, ...read<SentRequest>(SENT_KEY).filter((item) => item.clientKey !== clientKey)].slice(0, SENT_KEPT);
  try {
    Taro.setStorageSync(SENT_KEY, sent);
  } catch {
    // Storage full: this session still knows.
  }
}

export function pendingRequests(): PendingRequest[] {
  return items;
}

/** The filings sent lately, newest first: a page that saved one finds the request it became. */
export function sentRequests(): SentRequest[] {
  return sent;
}

export const subscribeOutbox = subscribe;

/** A fresh key: 16+ characters of time and randomness, as the contract wants. */
export function newKey(prefix = 'k'): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

function stillKept(clientKey: string): boolean {
  if (refresh()) notify();
  return items.some((item) => item.clientKey === clientKey);
}

/** Uploads what is not yet up, then files it; null when the person deleted it meanwhile (it is never filed then). */
async function sendOne(item: PendingRequest): Promise<SubmitResultDto | null> {
  const photos = [...item.photos];
  for (let i = 0; i < photos.length; i += 1) {
    if (photos[i].fileID) continue;
    const fileID = await storageApi.uploadPhoto(photos[i].local, await storageApi.ownPhotoPath('requests', item.clientKey, i));
    photos[i] = { ...photos[i], fileID };
    update(item.clientKey, { photos });
  }
  if (!stillKept(item.clientKey)) return null;
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
  flushing ??= underSendLock(sendWaiting).finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Sends what storage holds, one by one, read again before each: another tab may have sent it meanwhile. */
async function sendWaiting(): Promise<Map<string, SubmitResultDto>> {
  const done = new Map<string, SubmitResultDto>();
  const tried = new Set<string>();
  for (;;) {
    if (refresh()) notify();
    const item = items.find((i) => i.status === 'waiting' && !tried.has(i.clientKey));
    if (!item) return done;
    tried.add(item.clientKey);
    try {
      const result = await sendOne(item);
      if (!result) continue;
      done.set(item.clientKey, result);
      recordSent(item.clientKey, result);
      change((current) => current.filter((i) => i.clientKey !== item.clientKey));
    } catch (error) {
      // No network: the rest waits too. A refusal: this one is marked, the next is tried.
      if (isCloudError(error) && error.code === 'NETWORK') return done;
      update(item.clientKey, refusal(error));
    }
  }
}

/** How a refused filing is kept: the server's words, code and field hints. */
function refusal(error: unknown): Partial<PendingRequest> {
  if (!isCloudError(error)) return { status: 'failed', error: commonText.unknownError, code: 'INTERNAL', fields: [] };
  return { status: 'failed', error: error.message, code: error.code, fields: error.fields ?? [] };
}

/** Keeps a filing to be sent (once: a key already kept is not added again). Sending it is state/requestFiling's. */
export function keepRequest(kept: PendingRequest): void {
  change((current) => (current.some((item) => item.clientKey === kept.clientKey) ? current : [...current, kept]));
}

export function retryRequest(clientKey: string): Promise<Map<string, SubmitResultDto>> {
  update(clientKey, { status: 'waiting', error: null, code: undefined, fields: undefined });
  return flushOutbox();
}

export function discardRequest(clientKey: string): void {
  change((current) => current.filter((item) => item.clientKey !== clientKey));
}

/** Starts sending in the background: when the network returns, when the app shows, every minute while any wait. */
export function startOutboxSync(): void {
  const kick = () => {
    if (items.some((item) => item.status === 'waiting')) void flushOutbox();
  };
  Taro.onNetworkStatusChange((status) => {
    if (status.isConnected) kick();
  });
  if (process.env.TARO_ENV === 'h5') {
    window.addEventListener('online', kick);
    // Another tab added, sent or deleted: show it here too.
    window.addEventListener('storage', (event) => {
      if ((event.key === null || event.key === STORAGE_KEY || event.key === SENT_KEY) && refresh()) notify();
    });
  }
  Taro.onAppShow?.(() => {
    if (refresh()) notify();
    kick();
  });
  keepTrying();
  kick();
}
