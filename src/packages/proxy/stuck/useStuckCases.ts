import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback } from 'react';
import type { StuckCasesDto } from '@contract';
import { usePagedList } from '@/hooks/usePagedList';
import * as proxyApi from '@/services/proxy';

/** The case page, where 改派 is. */
export const CASE_PAGE = '/packages/proxy/case/index';

/**
 * 待改派: the jurisdiction's cases waiting for a new agent, a page at a
 * time, loaded again whenever the page shows (back from a case handed on,
 * it is gone); a row opens the case.
 */
export function useStuckCases() {
  const load = useCallback((after: StuckCasesDto['next'] | undefined) => proxyApi.stuckCases(after ?? undefined), []);
  const list = usePagedList(load);
  useDidShow(list.reload);
  const open = (caseId: string) => void Taro.navigateTo({ url: `${CASE_PAGE}?id=${caseId}` });
  return { list, open };
}
