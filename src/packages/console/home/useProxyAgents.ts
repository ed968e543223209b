import { useCallback, useRef, useState } from 'react';
import { currentFigurePeriod, type FigurePeriod } from '@/components/FigurePeriodPicker';
import { usePagedList } from '@/hooks/usePagedList';
import * as dashboardApi from '@/services/dashboard';

/** 代理代办 on the 工作台: the period chosen (this month at first) and the jurisdiction's agents for it, a page at a time. */
export function useProxyAgents() {
  const [period, setPeriod] = useState<FigurePeriod>(() => currentFigurePeriod('month'));
  const periodRef = useRef(period);
  periodRef.current = period;
  const load = useCallback((after: number | undefined) => dashboardApi.proxyAgents({ ...periodRef.current, after: after ?? 0 }), []);
  const list = usePagedList(load);
  const choose = (next: FigurePeriod) => {
    periodRef.current = next;
    setPeriod(next);
    list.reload();
  };
  return { period, choose, list };
}
