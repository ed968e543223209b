import { useCallback, useState } from 'react';
import type { AssignmentsDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { useVisitOptions } from '../useVisitOptions';

/** The households of a grid or village, filtered by one tag; for staff on a grid, its 包保 cadres too. */
export function useHouseholds(placeId: string) {
  const options = useVisitOptions();
  const [tag, setTag] = useState<string | null>(null);
  const list = useRemote(useCallback(() => visitsApi.households(placeId), [placeId]));
  const staff = options.data?.scope !== null && options.data?.scope !== undefined;
  const beat = useRemote(
    useCallback(() => visitsApi.gridAssignments(placeId), [placeId]),
    { auto: false },
  );
  const [beatShown, setBeatShown] = useState<AssignmentsDto | null>(null);
  const items = (list.data?.items ?? []).filter((h) => tag === null || h.tags.includes(tag));
  // Overdue first, most overdue at the top; then as the village lists them.
  const sorted = [...items].sort((a, b) => (b.overdueDays ?? -1) - (a.overdueDays ?? -1));
  return { options, list, tag, setTag, items: sorted, staff, beat, beatData: beatShown ?? beat.data, setBeatShown };
}
