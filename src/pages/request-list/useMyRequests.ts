import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ListCursorDto } from '@contract';
import { usePagedList } from '@/hooks/usePagedList';
import * as requestsApi from '@/services/requests';
import { onProfileChanged } from '@/state/events';
import { pendingRequests, subscribeOutbox } from '@/state/requestOutbox';

export type ListStatus = 'open' | 'done';

/**
 * 我的诉求's state: open or finished requests a page at a time (the first
 * page reloaded when shown, when the profile changes, and when something
 * waiting on the phone was sent; the next as the person scrolls) and the
 * outbox's filings.
 */
export function useMyRequests() {
  const [status, setStatus] = useState<ListStatus>('open');
  const statusRef = useRef(status);
  statusRef.current = status;
  const load = useCallback((after: ListCursorDto | undefined) => requestsApi.mine(statusRef.current, after), []);
  const list = usePagedList(load);
  const { reload } = list;
  const pending = useSyncExternalStore(subscribeOutbox, pendingRequests, pendingRequests);
  const pendingCount = useRef(pending.length);

  useDidShow(reload);
  useEffect(() => onProfileChanged(reload), [reload]);
  // Something waiting was sent: show it in the list.
  useEffect(() => {
    if (pending.length < pendingCount.current) reload();
    pendingCount.current = pending.length;
  }, [pending.length, reload]);

  const show = (next: ListStatus) => {
    statusRef.current = next;
    setStatus(next);
    reload();
  };

  return { status, show, list, pending };
}
