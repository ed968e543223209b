import { useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CloudError, isCloudError } from '@/services';
import { commonText } from '@/text/common';

/** What a page of a list answers: its items, how many the list holds, where the next page starts. */
export interface ListPage<T, C> {
  items: T[];
  total: number;
  next: C | null;
}

export interface PagedListState<T, P> {
  /** Every item loaded so far, each once, in the list's order. */
  items: T[];
  total: number;
  /** The first page's whole answer (counts, template ids …); null before it came. */
  first: P | null;
  hasMore: boolean;
  /** The first page is loading (also on a reload with items on screen). */
  loading: boolean;
  loadingMore: boolean;
  error: CloudError | null;
  /** The next page failed: the items stay, the footer offers to try again. */
  moreError: CloudError | null;
  reload: () => void;
  loadMore: () => void;
}

function asCloudError(err: unknown): CloudError {
  return isCloudError(err) ? err : new CloudError('INTERNAL', commonText.unknownError);
}

/**
 * A list read a page at a time: the first page on load and `reload`, the
 * next one when the person scrolls to the bottom (or taps 加载更多), each
 * starting at the cursor the last one gave. An answer for an older reload
 * is dropped; an item already shown is not shown twice.
 */
export function usePagedList<P extends ListPage<{ id: string }, unknown>>(
  loadPage: (after: NonNullable<P['next']> | undefined) => Promise<P>,
): PagedListState<P['items'][number], P> {
  type T = P['items'][number];
  type C = NonNullable<P['next']>;
  const [first, setFirst] = useState<P | null>(null);
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<C | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [moreError, setMoreError] = useState<CloudError | null>(null);
  const loaderRef = useRef(loadPage);
  loaderRef.current = loadPage;
  const seq = useRef(0);
  const busy = useRef(false);

  const reload = useCallback(() => {
    const id = (seq.current += 1);
    busy.current = false;
    setLoading(true);
    setError(null);
    setMoreError(null);
    loaderRef.current(undefined).then(
      (page) => {
        if (id !== seq.current) return;
        setFirst(page);
        setItems(page.items);
        setNext((page.next ?? null) as C | null);
        setLoading(false);
      },
      (err: unknown) => {
        if (id !== seq.current) return;
        setError(asCloudError(err));
        setLoading(false);
      },
    );
  }, []);

  const loadMore = useCallback(() => {
    if (busy.current || loading || next === null) return;
    const id = seq.current;
    busy.current = true;
    setLoadingMore(true);
    setMoreError(null);
    const settle = () => {
      busy.current = false;
      setLoadingMore(false);
    };
    loaderRef.current(next).then(
      (page) => {
        if (id !== seq.current) return;
        setItems((shown) => {
          const seen = new Set(shown.map((item) => item.id));
          return [...shown, ...page.items.filter((item) => !seen.has(item.id))];
        });
        setFirst((current) => (current ? { ...current, total: page.total } : current));
        setNext((page.next ?? null) as C | null);
        settle();
      },
      (err: unknown) => {
        if (id !== seq.current) return;
        setMoreError(asCloudError(err));
        settle();
      },
    );
  }, [loading, next]);

  useEffect(() => {
    reload();
    return () => {
      seq.current += 1;
    };
  }, [reload]);
  useReachBottom(loadMore);

  return { items, total: first?.total ?? 0, first, hasMore: next !== null, loading, loadingMore, error, moreError, reload, loadMore };
}
