import { useRef, useState } from 'react';
import type { RequestDetailDto } from '@contract';
import { isCloudError, isConflict } from '@/services';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { commonText } from '@/text/common';
import { requestsText } from '@/text/requests';

/** A step's work, given its key; resolves to the request as it is now (null when the page is left). */
export type StepWork = (key: string) => Promise<RequestDetailDto | null>;

/**
 * Runs one step at a time. One key per attempt: kept across a network
 * retry, renewed once the step went through or lost a race. A lost race
 * ("已被他人处理") reloads the request and keeps what the person typed. A
 * refusal's per-field hints go to `markHints` (at the panel's fields); a
 * toast only for what has no field.
 */
export function useStepRunner(
  onDone: (next: RequestDetailDto | null) => void,
  reload: () => void,
  markHints: (error: unknown) => boolean = () => false,
) {
  const [busy, setBusy] = useState(false);
  const opId = useRef(newKey('op'));

  const run = async (work: StepWork): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      const next = await work(opId.current);
      opId.current = newKey('op');
      onDone(next);
      showNotice(requestsText.detail.saved, 'success', 1500);
    } catch (error) {
      if (isConflict(error)) {
        opId.current = newKey('op');
        showNotice(requestsText.detail.conflict, 'error', 4000);
        reload();
      } else if (!markHints(error)) {
        showNotice(isCloudError(error) ? error.message : commonText.unknownError, 'error', 4000);
      }
    } finally {
      setBusy(false);
    }
  };

  return { busy, run };
}
