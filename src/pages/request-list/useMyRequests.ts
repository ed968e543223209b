import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useRemote } from '@/hooks/useRemote';
import * as requestsApi from '@/services/requests';
import { onProfileChanged } from '@/state/events';
import { pendingRequests, subscribeOutbox } from '@/state/requestOutbox';

export type ListStatus = 'open' | 'done';

/**
 * 我的诉求's state: open or finished requests (reloaded when shown, when the
 * profile changes, and when something waiting on the phone was sent) and
 * the outbox's filings.
 */
export function useMyRequests() {
  const [status, setStatus] = useState<ListStatus>('open');
  const statusRef = useRef(status);
  statusRef.current = status;
  const load = useCallback(() => requestsApi.mine(statusRef.current), []);
  const list = useRemote(load);
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
