import { useCallback, useRef, useState } from 'react';
import type { OverdueItemDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as dashboardApi from '@/services/dashboard';
import { newKey } from '@/state/requestOutbox';
import { dashboardText } from '@/text/dashboard';
import { submitWithNotice } from '@/utils/submit';
import { periodMonths, type PeriodKey } from '../period';

/** 工作台's state and calls: the period shown, the jurisdiction's figures for it, 一键督办. */
export function useDashboard() {
  const [period, setPeriod] = useState<PeriodKey>('month');
  const periodRef = useRef(period);
  periodRef.current = period;
  const load = useCallback(() => {
    const { from, to } = periodMonths(periodRef.current);
    return dashboardApi.overview(from, to);
  }, []);
  const remote = useRemote(load);
  const choose = (next: PeriodKey) => {
    periodRef.current = next;
    setPeriod(next);
    remote.reload();
  };
  const remind = async (item: OverdueItemDto) => {
    const result = await submitWithNotice(() => dashboardApi.remind(item.id, newKey('remind')), dashboardText.reminded);
    if (result.ok) remote.reload();
  };
  return { period, choose, remote, remind };
}
