import type { KeyedEntry } from '../shared/clientKeys';

/** Who wrote a post or did something to a message (names are kept as they were then). */
export interface MessageActor {
  id: string;
  name: string;
  staff: boolean;
}

/** One post of the thread: the resident's words or a staff reply. Only ever appended. */
export interface MessagePost extends KeyedEntry {
  id: string;
  at: Date;
  by: MessageActor;
  text: string;
  photos: string[];
  /** The phone's key for the post, so a retried post is recognised (with its fingerprint, KeyedEntry). */
  opId: string | null;
}

export type MessageEventKind = 'opened' | 'handedOver' | 'converted' | 'published' | 'noticeFailed';

/** What staff did around the thread (首问负责, hand-overs, conversion, publication), and replies the resident was not told of. Only ever appended. */
export interface MessageEvent extends KeyedEntry {
  id: string;
  at: Date;
  kind: MessageEventKind;
  actor: MessageActor;
  what: string;
  note: string | null;
  opId: string | null;
}

/** A 留言 thread as stored. */
export interface Message {
  _id: string;
  /** Bumped by every write; writes are conditional on the version they were decided on. */
  version: number;
  residentId: string;
  residentName: string;
  residentPhone: string;
  gridId: string;
  /** The village or community the message is for. */
  villageId: string;
  villageName: string;
  /** Root first, grid last: staff find their subtree's messages with one indexed query. */
  placeIds: string[];
  /** The first post's text, for lists. */
  text: string;
  publicConsent: boolean;
  status: 'waiting' | 'answered';
  /** Since when the resident has been waiting for an answer; null once answered. Indexed (24-hour flag). */
  waitingSince: Date | null;
  /** 首问负责: the staff member who owns the unanswered message, or null. Indexed. */
  ownerId: string | null;
  ownerName: string | null;
  posts: MessagePost[];
  events: MessageEvent[];
  /** The 诉求 made from it. */
  requestId: string | null;
  published: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A step on a message: fields to set and entries to append, written together or not at all. */
export interface MessageChange {
  set: Partial<Omit<Message, '_id' | 'version' | 'posts' | 'events'>>;
  posts: MessagePost[];
  events: MessageEvent[];
}

export const UNANSWERED_FLAG_MS = 24 * 3_600_000;
