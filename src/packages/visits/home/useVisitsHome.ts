import { useCallback } from 'react';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { useVisitOptions } from '../useVisitOptions';

/** The cadre's 民情走访 home: who they are as a cadre, this year's visit days, their paired households. */
export function useVisitsHome() {
  const options = useVisitOptions();
  const year = new Date().getFullYear();
  const progress = useRemote(useCallback(() => visitsApi.myProgress(year), [year]));
  const pairs = useRemote(visitsApi.myHouseholds);
  const reloadProgress = progress.reload;
  const reloadPairs = pairs.reload;
  const refresh = useCallback(() => {
    reloadProgress();
    reloadPairs();
  }, [reloadProgress, reloadPairs]);
  return { options, progress, pairs, refresh };
}
