import { useCallback, useEffect, useRef, useState } from 'react';
import { CloudError, isCloudError } from '@/services';
import { commonText } from '@/text/common';

export interface Page<T> {
  items: T[];
  next: string | null;
}

/**
 * A list read a page at a time: the first page when `key` changes, `more`
 * appends the page after the cursor the last one gave. `key` names what is
 * listed (the same key reads nothing again).
 */
export function usePagedList<P extends Page<unknown>>(key: string, load: (cursor: string | null) => Promise<P>) {
  const [items, setItems] = useState<Array<P['items'][number]>>([]);
  const [page, setPage] = useState<P | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CloudError | null>(null);
  // `load` is a new function on every render; what is listed is named by `key`.
  const loadRef = useRef(load);
  loadRef.current = load;
  const read = useCallback(async (cursor: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const next = await loadRef.current(cursor);
      setItems((shown) => (cursor ? [...shown, ...next.items] : next.items));
      setPage(next);
    } catch (err) {
      setError(isCloudError(err) ? err : new CloudError('INTERNAL', commonText.unknownError));
    } finally {
      setLoading(false);
    }
  }, []);
  // A new key lists something else: read its first page.
  useEffect(() => {
    void read(null);
  }, [key, read]);
  return { items, setItems, page, loading, error, reload: () => void read(null), more: () => page?.next && void read(page.next) };
}
