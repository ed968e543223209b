import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxFilters, ListCursorDto } from '@contract';
import { usePagedList } from '@/hooks/usePagedList';
import * as requestsApi from '@/services/requests';
import { onProfileChanged } from '@/state/events';

export type InboxView = 'mine' | 'area' | 'done';

/** How many filters are on (the 筛选 button says so). */
export function filterCount(filters: InboxFilters): number {
  return [filters.state, filters.categoryId, filters.gridId, filters.overdue].filter(Boolean).length;
}

/**
 * 网格员待办's state: the view (我在办, 辖区全部, 已结束), the filters the
 * database applies, and the list a page at a time, reloaded when shown and
 * when the profile changes.
 */
export function useInbox() {
  const [view, setView] = useState<InboxView>('mine');
  const [filters, setFilters] = useState<InboxFilters>({});
  const query = useRef({ view, filters });
  const load = useCallback((after: ListCursorDto | undefined) => requestsApi.inbox(query.current.view, query.current.filters, after), []);
  const list = usePagedList(load);
  const { reload } = list;
  useDidShow(reload);
  useEffect(() => onProfileChanged(reload), [reload]);

  const apply = (nextView: InboxView, nextFilters: InboxFilters) => {
    query.current = { view: nextView, filters: nextFilters };
    setView(nextView);
    setFilters(nextFilters);
    reload();
  };
  // A state belongs to one kind of view, and nothing finished is overdue: those filters stay behind.
  const show = (next: InboxView) => apply(next, { categoryId: filters.categoryId, gridId: filters.gridId });
  const filter = (change: Partial<InboxFilters>) => {
    const next = { ...filters, ...change };
    for (const key of Object.keys(next) as Array<keyof InboxFilters>) if (next[key] === undefined || next[key] === false) delete next[key];
    apply(view, next);
  };
  const clear = () => apply(view, {});

  return { view, show, filters, filter, clear, list };
}
