import { useCallback, useEffect, useRef, useState } from 'react';
import type { NeedsVisitDto, NeedsVisitItemDto } from '@contract';
import { api, CloudError, isCloudError } from '@/services';
import { newKey } from '@/state/requestOutbox';
import { visitsText as t } from '@/text/visits';
import { zh } from '@/text/zh';
import { submitWithNotice } from '@/utils/submit';
import { noticeUnreached } from '../components/remindNotice';

/** Who needs a visit in a place, most overdue first, 看更多 a page at a time; staff remind the cadres (one key per household). */
export function useNeeds(placeId: string) {
  const [items, setItems] = useState<NeedsVisitItemDto[]>([]);
  const [page, setPage] = useState<NeedsVisitDto | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  const keys = useRef(new Map<string, string>());

  const read = useCallback(
    async (after: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const next = await api.visits.needsVisit(placeId, after ?? undefined);
        setItems((shown) => (after ? [...shown, ...next.items] : next.items));
        setPage(next);
      } catch (err) {
        setError(isCloudError(err) ? err : new CloudError('INTERNAL', zh.common.unknownError));
      } finally {
        setLoading(false);
      }
    },
    [placeId],
  );
  useEffect(() => {
    void read(null);
  }, [read]);

  const remind = async (householdId: string) => {
    const key = keys.current.get(householdId) ?? newKey('rm');
    keys.current.set(householdId, key);
    const result = await submitWithNotice(() => api.visits.remind(householdId, key), t.household.reminded);
    if (!result.ok) return;
    keys.current.delete(householdId);
    noticeUnreached(result.value);
    setItems((shown) => shown.map((item) => (item.household.id === householdId ? { ...item, lastRemindedAt: result.value.remindedAt } : item)));
  };
  return { items, page, loading, error, reload: () => void read(null), more: () => page?.next && void read(page.next), remind };
}
