import { useCallback, useEffect, useState } from 'react';
import type { RequestOf, VisitSummaryDto } from '@contract';
import { api, CloudError, isCloudError } from '@/services';
import { zh } from '@/text/zh';

type Query = RequestOf<'visits', 'diary'>;

/** The paged views read on from the last entry shown. */
function withCursor(query: Query, before: string | null): Query {
  return before && (query.view === 'mine' || query.view === 'place' || query.view === 'cadre') ? { ...query, before } : query;
}

/** A diary list read a page at a time, newest first; `more` reads the next page after the last shown. */
export function useDiary(query: Query | null) {
  const [items, setItems] = useState<VisitSummaryDto[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const key = JSON.stringify(query);

  // The query by value: a new object with the same fields reads nothing again.
  const read = useCallback(
    async (before: string | null) => {
      const current = JSON.parse(key) as Query | null;
      if (!current) return;
      setLoading(true);
      setError(null);
      try {
        const page = await api.visits.diary(withCursor(current, before));
        setItems((shown) => (before ? [...shown, ...page.items] : page.items));
        setNext(page.next);
      } catch (err) {
        setError(isCloudError(err) ? err : new CloudError('INTERNAL', zh.common.unknownError));
      } finally {
        setLoading(false);
      }
    },
    [key],
  );
  useEffect(() => {
    void read(null);
  }, [read]);
  return { items, next, loading, error, reload: () => void read(null), more: () => next && void read(next) };
}
