import Taro from '@tarojs/taro';
import { useState, useSyncExternalStore } from 'react';
import {
  discardRequest,
  pendingRequests,
  retryRequest,
  sentRequests,
  subscribeOutbox,
  type PendingRequest,
  type SentRequest,
} from '@/state/requestOutbox';
import { requestsText } from '@/text/requests';
import { confirm } from '@/utils/confirm';

const DETAIL_URL = '/packages/requests/detail/index';

/** A filing this page showed as saved on the phone, and where it is now. */
export type SavedFiling =
  { state: 'waiting' | 'failed'; filing: PendingRequest } | { state: 'sent'; filing: PendingRequest; requestId: string };

/** Where each filing shown is now: still waiting, refused, or sent (deleted ones are no longer shown); newest first. */
export function savedFilings(shown: PendingRequest[], pending: PendingRequest[], sent: SentRequest[]): SavedFiling[] {
  const cards: SavedFiling[] = [];
  for (const filing of shown) {
    const now = pending.find((item) => item.clientKey === filing.clientKey);
    const went = sent.find((item) => item.clientKey === filing.clientKey);
    if (now) cards.push({ state: now.status, filing: now });
    else if (went) cards.push({ state: 'sent', filing, requestId: went.requestId });
  }
  return cards.sort((a, b) => b.filing.createdAt - a.filing.createdAt);
}

/**
 * The filings of one kind waiting on the phone, as cards on the form that
 * saved them (已保存在手机上), and those that waited when it opened: the
 * outbox is observed, so a card says 已发送
 * the moment the outbox (or another tab) sends it, and links to the request.
 * 查看 opens one whole; 删除 asks, then takes it out so it is never sent.
 */
export function useSavedFilings(kind: PendingRequest['kind']) {
  const pending = useSyncExternalStore(subscribeOutbox, pendingRequests, pendingRequests);
  const sent = useSyncExternalStore(subscribeOutbox, sentRequests, sentRequests);
  // What waited already when the page opened, then what this page saves.
  const [shown, setShown] = useState<PendingRequest[]>(() => pendingRequests().filter((item) => item.kind === kind));
  const [opened, setOpened] = useState<string | null>(null);

  /** The form's filing went into the outbox (no network): show it as saved. */
  const track = (clientKey: string) => {
    const filing = pendingRequests().find((item) => item.clientKey === clientKey);
    if (filing) setShown((current) => [...current.filter((item) => item.clientKey !== clientKey), filing]);
  };

  const remove = async (clientKey: string) => {
    if (await confirm(requestsText.saved.confirmDelete)) discardRequest(clientKey);
  };

  return {
    cards: savedFilings(shown, pending, sent),
    track,
    opened,
    toggle: (clientKey: string) => setOpened((current) => (current === clientKey ? null : clientKey)),
    remove,
    retry: (clientKey: string) => void retryRequest(clientKey),
    openRequest: (requestId: string) => void Taro.navigateTo({ url: `${DETAIL_URL}?id=${requestId}` }),
  };
}

export type SavedFilings = ReturnType<typeof useSavedFilings>;
