import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import type { VisitOptionsDto } from '@contract';
import { useRemote, type RemoteState } from '@/hooks/useRemote';
import { isCloudError } from '@/services';
import * as visitsApi from '@/services/visits';

const CACHE_KEY = 'gt.visitOptions';

/**
 * The caller as a cadre, the county's tags and the problem categories. The
 * last answer is kept on the phone, so the diary form opens at a door with
 * no signal.
 */
export function useVisitOptions(): RemoteState<VisitOptionsDto> {
  const load = useCallback(async () => {
    try {
      const fresh = await visitsApi.options();
      Taro.setStorageSync(CACHE_KEY, fresh);
      return fresh;
    } catch (error) {
      const cached: unknown = Taro.getStorageSync(CACHE_KEY);
      if (isCloudError(error) && error.code === 'NETWORK' && cached && typeof cached === 'object') return cached as VisitOptionsDto;
      throw error;
    }
  }, []);
  return useRemote(load);
}
