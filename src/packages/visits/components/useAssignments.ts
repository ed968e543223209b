import { useCallback, useState } from 'react';
import type { AssignmentsDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as visitsApi from '@/services/visits';
import { newKey } from '@/state/requestOutbox';
import { chinaDay } from '@/utils/time';
import { submitWithNotice } from '@/utils/submit';
import { visitsText as t } from '@/text/visits';

/**
 * Staff assigning cadres to a household (结对) or a grid (包保): the
 * candidates of the grid (read when the picker opens), a start day, and a
 * cadre being replaced or ended.
 */
export function useAssignments(kind: 'household' | 'grid', targetId: string, gridId: string, onChanged: (next: AssignmentsDto) => void) {
  const candidates = useRemote(
    useCallback(() => visitsApi.cadreCandidates(gridId), [gridId]),
    { auto: false },
  );
  const [picking, setPicking] = useState(false);
  const [since, setSince] = useState(chinaDay(new Date().toISOString()));
  const [replacing, setReplacing] = useState<string | null>(null);
  const [ending, setEnding] = useState<string | null>(null);

  const open = (replace: string | null) => {
    setReplacing(replace);
    setPicking(true);
    if (!candidates.data) candidates.reload();
  };
  const done = (result: { ok: boolean; value?: AssignmentsDto }) => {
    if (!result.ok || !result.value) return;
    setPicking(false);
    setReplacing(null);
    setEnding(null);
    onChanged(result.value);
  };
  const assign = async (cadreId: string) =>
    done(
      await submitWithNotice(
        () => visitsApi.assignCadre({ opId: newKey('as'), kind, targetId, cadreId, since, ...(replacing ? { replaces: replacing } : {}) }),
        t.assign.done,
      ),
    );
  const end = async (reason: string) => {
    if (!ending) return;
    const until = chinaDay(new Date().toISOString());
    done(
      await submitWithNotice(
        () => visitsApi.endAssignment({ opId: newKey('ae'), kind, targetId, cadreId: ending, until, reason }),
        t.assign.done,
      ),
    );
  };
  return { candidates, picking, setPicking, since, setSince, replacing, ending, setEnding, open, assign, end };
}
