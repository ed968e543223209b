/**
 * 民情日记 entries written at the door and not yet sent. A visit is dated when
 * it was written (its `at` travels in the payload), not when the network
 * let it through; its key makes a resend record nothing new.
 */
import type { RecordVisitDto, RequestOf } from '@contract';
import * as visitsApi from '@/services/visits';
import { KeyedOutbox } from './keyedOutbox';

export type VisitPayload = Omit<RequestOf<'visits', 'recordVisit'>, 'photos'>;

export const visitOutbox = new KeyedOutbox<VisitPayload, RecordVisitDto>({
  storageKey: 'gt.visitOutbox',
  photoPath: visitsApi.photoPath,
  send: (payload, photos) => visitsApi.recordVisit({ ...payload, photos }),
});
