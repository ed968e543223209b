/**
 * 民情日记 entries written at the door and not yet sent. A visit is dated when
 * it was written (its `at` travels in the payload), not when the network
 * let it through; its key makes a resend record nothing new.
 *
 * Only 民情走访's pages import this, so it ships in the visits subpackage, not
 * the main package: it starts sending when that subpackage first loads (what
 * waits from an earlier session goes at once) and keeps sending in the
 * background from then on. Until then 首页 shows how many wait
 * (state/waitingVisits.ts).
 */
import type { RecordVisitDto, RequestOf } from '@contract';
import * as storageApi from '@/services/storage';
import * as visitsApi from '@/services/visits';
import { KeyedOutbox } from './keyedOutbox';
import { VISIT_OUTBOX_KEY } from './waitingVisits';

export type VisitPayload = Omit<RequestOf<'visits', 'recordVisit'>, 'photos'>;

export const visitOutbox = new KeyedOutbox<VisitPayload, RecordVisitDto>({
  storageKey: VISIT_OUTBOX_KEY,
  photoPath: (key, index) => storageApi.ownPhotoPath('visits', key, index),
  send: (payload, photos) => visitsApi.recordVisit({ ...payload, photos }),
});

visitOutbox.start();
