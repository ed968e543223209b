/**
 * Filing a request through the outbox (state/requestOutbox.ts): the filing
 * pages' own step, imported only by the requests subpackage, so the main
 * package carries only the outbox that sends what waits.
 */
import type { SubmitResultDto } from '@contract';
import { CloudError } from '@/services';
import { commonText } from '@/text/common';
import { discardRequest, flushOutbox, keepRequest, pendingRequests, type PendingFiling } from './requestOutbox';

/**
 * Keeps a filing and tries to send it at once. Resolves to the result, or
 * null when it waits for the network; rejects with the server's refusal.
 * The filing's own key (`payload.clientKey`) is the outbox's: what waits is
 * sent under the key the server will recognise.
 */
export async function fileRequest(filing: PendingFiling, photos: string[], categoryName: string): Promise<SubmitResultDto | null> {
  const { clientKey } = filing.payload;
  keepRequest({
    ...filing,
    clientKey,
    photos: photos.map((local) => ({ local, fileID: null })),
    categoryName,
    createdAt: Date.now(),
    status: 'waiting',
    error: null,
  });
  // A flush already under way picks the new one up before it ends.
  const result = (await flushOutbox()).get(clientKey);
  if (result) return result;
  const left = pendingRequests().find((item) => item.clientKey === clientKey);
  if (left?.status === 'failed') {
    // Refused, not lost: the form still holds it for the person to correct.
    discardRequest(clientKey);
    throw new CloudError(left.code ?? 'INVALID_INPUT', left.error ?? commonText.unknownError, left.fields);
  }
  return null;
}
