import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import type { User } from '../people/User';
import { DomainError } from '../shared/DomainError';
import type { Message } from './Message';
import { actorOf } from './messageAccess';

export interface LeaveMessageInput {
  id: string;
  clientKey: string;
  now: Date;
  author: User;
  /** The author's home grid; its village is who the message is for. */
  grid: Pick<JurisdictionNode, '_id' | 'ancestorIds' | 'level'>;
  village: Pick<JurisdictionNode, '_id' | 'name'>;
  text: string;
  photos: string[];
  publicConsent: boolean;
}

/** A new thread with the resident's first post, waiting for an answer and owned by nobody yet. */
export function leaveMessage(input: LeaveMessageInput): Message {
  if (input.grid.level !== 'grid' || !input.grid.ancestorIds.includes(input.village._id)) {
    throw new DomainError('NOT_REGISTERED');
  }
  const { now } = input;
  return {
    _id: input.id,
    version: 1,
    residentId: input.author._id,
    residentName: input.author.name,
    residentPhone: input.author.phone,
    gridId: input.grid._id,
    villageId: input.village._id,
    villageName: input.village.name,
    placeIds: [...input.grid.ancestorIds, input.grid._id],
    text: input.text,
    publicConsent: input.publicConsent,
    status: 'waiting',
    waitingSince: now,
    ownerId: null,
    ownerName: null,
    posts: [
      { id: `${input.id}-p0`, at: now, by: actorOf(input.author, false), text: input.text, photos: input.photos, opId: input.clientKey },
    ],
    events: [],
    requestId: null,
    published: false,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Deterministic id of a message from its author and the phone's key: a retry finds the same document. */
export function messageIdOf(hashHex: string): string {
  return `ms${hashHex.slice(0, 30)}`;
}
