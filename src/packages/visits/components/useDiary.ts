import type { RequestOf } from '@contract';
import * as visitsApi from '@/services/visits';
import { usePagedList } from './usePagedList';

type Query = RequestOf<'visits', 'diary'>;

/** The paged views read on from the last entry shown. */
function withCursor(query: Query, before: string | null): Query {
  return before && (query.view === 'mine' || query.view === 'place' || query.view === 'cadre') ? { ...query, before } : query;
}

/** A diary list read a page at a time, newest first; `more` reads the next page after the last shown. */
export function useDiary(query: Query) {
  const list = usePagedList(JSON.stringify(query), (cursor) => visitsApi.diary(withCursor(query, cursor)));
  return {
    items: list.items,
    next: list.page?.next ?? null,
    loading: list.loading,
    error: list.error,
    reload: list.reload,
    more: list.more,
  };
}
