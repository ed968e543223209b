import { useState } from 'react';
import type { RequestDetailDto } from '@contract';
import { keyIsSpent, useStepKey } from '@/hooks/useStepKey';
import { isCloudError, isConflict } from '@/services';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { requestsText } from '@/text/requests';

/** A step's work, given its key; resolves to the request as it is now (null when the page is left). */
export type StepWork = (key: string) => Promise<RequestDetailDto | null>;

/**
 * Runs one step at a time under the page's step key (useStepKey): kept
 * across a network retry, renewed once the step went through, lost a race
 * or found its key spent (KEY_REUSED), and when the request is read again.
 * A lost race ("已被他人处理") reloads the request and keeps what the person
 * typed. A refusal's per-field hints go to `markHints` (at the panel's
 * fields); a toast only for what has no field.
 */
export function useStepRunner(
  onDone: (next: RequestDetailDto | null) => void,
  remote: { data: RequestDetailDto | null; reload: () => void },
  markHints: (error: unknown) => boolean = () => false,
) {
  const [busy, setBusy] = useState(false);
  const opId = useStepKey('op', remote.data, remote.reload);

  const run = async (work: StepWork): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      const next = await work(opId.current);
      opId.settle({ ok: true });
      onDone(next);
      showNotice(requestsText.detail.saved, 'success', 1500);
    } catch (error) {
      if (isConflict(error)) showNotice(requestsText.detail.conflict, 'error', 4000);
      else if (!keyIsSpent(error) && !markHints(error)) {
        showNotice(isCloudError(error) ? error.message : commonText.unknownError, 'error', 4000);
      }
      opId.settle({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  return { busy, run };
}
