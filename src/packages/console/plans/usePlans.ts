import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { PlanListDto } from '@contract';
import { usePagedList } from '@/hooks/usePagedList';
import * as requestsApi from '@/services/requests';

export type PlansView = 'all' | 'due';

/** 中长期规划: the jurisdiction's outstanding plans a page at a time, all or only those whose date came. */
export function usePlans() {
  const [view, setView] = useState<PlansView>('all');
  const viewRef = useRef(view);
  viewRef.current = view;
  const load = useCallback(
    (after: PlanListDto['next'] | undefined) => requestsApi.plans(viewRef.current === 'due', after ?? undefined),
    [],
  );
  const list = usePagedList(load);
  useDidShow(list.reload);
  const show = (next: PlansView) => {
    viewRef.current = next;
    setView(next);
    list.reload();
  };
  return { view, show, list };
}
