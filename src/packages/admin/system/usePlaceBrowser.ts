import type { PlaceChildrenDto } from '@contract';
import { useCallback, useRef } from 'react';
import { useRemote, type RemoteState } from '@/hooks/useRemote';
import * as adminApi from '@/services/admin';

export interface PlaceBrowser extends RemoteState<PlaceChildrenDto> {
  /** Shows another place of the jurisdiction (its children, breadcrumb and people). */
  open: (placeId: string) => void;
}

/**
 * The place being browsed on the 系统管理 page, shared by 区划 and 人员: the
 * administrator's own scope at first, then wherever they tap. The data on
 * screen stays while the next place loads.
 */
export function usePlaceBrowser(): PlaceBrowser {
  const placeId = useRef<string | undefined>(undefined);
  const remote = useRemote(useCallback(() => adminApi.placeChildren(placeId.current), []));
  const { reload } = remote;
  const open = useCallback(
    (id: string) => {
      placeId.current = id;
      reload();
    },
    [reload],
  );
  return { ...remote, open };
}
