import { useRef } from 'react';
import * as visitsApi from '@/services/visits';
import { newKey } from '@/state/requestOutbox';
import { visitsText as t } from '@/text/visits';
import { submitWithNotice } from '@/utils/submit';
import { noticeUnreached } from '../components/remindNotice';
import { usePagedList } from '../components/usePagedList';

/** Who needs a visit in a place, most overdue first, 看更多 a page at a time; staff remind the cadres (one key per household). */
export function useNeeds(placeId: string) {
  const list = usePagedList(placeId, (after) => visitsApi.needsVisit(placeId, after ?? undefined));
  const keys = useRef(new Map<string, string>());
  const remind = async (householdId: string) => {
    const key = keys.current.get(householdId) ?? newKey('rm');
    keys.current.set(householdId, key);
    const result = await submitWithNotice(() => visitsApi.remind(householdId, key), t.household.reminded);
    if (!result.ok) return;
    keys.current.delete(householdId);
    noticeUnreached(result.value);
    list.setItems((shown) =>
      shown.map((item) => (item.household.id === householdId ? { ...item, lastRemindedAt: result.value.remindedAt } : item)),
    );
  };
  return { ...list, remind };
}
