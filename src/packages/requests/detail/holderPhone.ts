import type { RequestDetailDto, RequestState } from '@contract';

const ENDED: readonly RequestState[] = ['closed', 'rejected'];

function sameHolder(a: RequestDetailDto, b: RequestDetailDto): boolean {
  const [x, y] = [a.handler, b.handler];
  return x !== null && y !== null && x.name === y.name && x.title === y.title && x.place === y.place && x.level === y.level;
}

/**
 * A step's answer carries no number for whoever holds the request (the
 * write costs no extra read; `detail` reads it). The same holder keeps the
 * number the page had; a new holder (escalated, reopened to someone else)
 * needs the page to read the request again for theirs.
 */
export function afterStep(previous: RequestDetailDto | null, next: RequestDetailDto): { request: RequestDetailDto; reload: boolean } {
  // Closed or rejected: nobody to call about it (the server gives no number either).
  if (next.handlerPhone || !next.handler || ENDED.includes(next.state)) return { request: next, reload: false };
  if (previous && sameHolder(previous, next)) return { request: { ...next, handlerPhone: previous.handlerPhone }, reload: false };
  return { request: next, reload: true };
}
