import type { MemberCursorDto, ServiceTotalsDto } from '@contract';
import { useCallback, useRef } from 'react';
import { useRemote, type RemoteState } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { chinaDay } from '@/utils/time';

export interface ServiceTotals {
  thisYear: number;
  year: number;
  remote: RemoteState<ServiceTotalsDto>;
  hasPrev: boolean;
  chooseYear: (year: number) => void;
  prev: () => void;
  next: () => void;
}

/** 服务统计's year and member pages: a page starts after a member cursor; 上一页 goes back through the cursors seen. */
export function useServiceTotals(): ServiceTotals {
  const thisYear = Number(chinaDay(new Date().toISOString()).slice(0, 4));
  const query = useRef<{ year: number; after?: MemberCursorDto }>({ year: thisYear });
  // Where the pages before this one started: 上一页 goes back to the last of them.
  const earlier = useRef<Array<MemberCursorDto | undefined>>([]);
  const load = useCallback(() => postsApi.getServiceTotals(query.current), []);
  const remote = useRemote(load);
  const go = (patch: { year?: number; after: MemberCursorDto | undefined }) => {
    query.current = { ...query.current, ...patch };
    remote.reload();
  };
  return {
    thisYear,
    year: remote.data?.year ?? query.current.year,
    remote,
    hasPrev: earlier.current.length > 0,
    chooseYear: (year) => {
      earlier.current = [];
      go({ year, after: undefined });
    },
    prev: () => go({ after: earlier.current.pop() }),
    next: () => {
      earlier.current.push(query.current.after);
      go({ after: remote.data?.next ?? undefined });
    },
  };
}
