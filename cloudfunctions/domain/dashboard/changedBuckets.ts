import { chinaMonth } from './chinaMonth';

/** A request as the refresh lists it: enough to name its bucket and its place in the list. */
export interface ChangedRequest {
  _id: string;
  villageId: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One (village, China month of filing) bucket of the figures. */
export interface BucketKey {
  id: string;
  villageId: string;
  month: string;
}

export function bucketId(villageId: string, month: string): string {
  return `${villageId}_${month}`;
}

export function bucketOf(request: Pick<ChangedRequest, 'villageId' | 'createdAt'>): BucketKey {
  const month = chinaMonth(request.createdAt);
  return { id: bucketId(request.villageId, month), villageId: request.villageId, month };
}

/** The buckets a list of changed requests touches, each once, in the order the list first reaches it. */
export function bucketsInOrder(requests: Array<Pick<ChangedRequest, 'villageId' | 'createdAt'>>): BucketKey[] {
  const seen = new Map<string, BucketKey>();
  for (const request of requests) {
    const bucket = bucketOf(request);
    if (!seen.has(bucket.id)) seen.set(bucket.id, bucket);
  }
  return [...seen.values()];
}

/**
 * How many requests at the head of the list are done: their buckets were
 * rebuilt (after the list was read). The refresh's resume point moves past
 * exactly these, so a run stopped anywhere loses nothing: what follows is
 * read again by the next run.
 */
export function donePrefix(requests: Array<Pick<ChangedRequest, 'villageId' | 'createdAt'>>, rebuilt: ReadonlySet<string>): number {
  let done = 0;
  while (done < requests.length && rebuilt.has(bucketOf(requests[done]).id)) done += 1;
  return done;
}
