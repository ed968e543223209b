import { useCallback, useRef } from 'react';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { newKey } from '@/state/requestOutbox';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';
import { noticeUnreached } from '../components/remindNotice';
import { useVisitOptions } from '../useVisitOptions';

/** One household's page: the record, the tags' names, and staff's 提醒走访 (one key per reminder). */
export function useHousehold(id: string) {
  const options = useVisitOptions();
  const household = useRemote(useCallback(() => visitsApi.household(id), [id]));
  const remindKey = useRef(newKey('rm'));
  const { reload } = household;
  const remind = async () => {
    const result = await submitWithNotice(() => visitsApi.remind(id, remindKey.current), t.household.reminded);
    if (result.ok) {
      remindKey.current = newKey('rm');
      noticeUnreached(result.value);
      reload();
    }
  };
  return { options, household, remind, reload };
}
