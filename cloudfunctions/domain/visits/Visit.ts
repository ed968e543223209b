import type { KeyedEntry } from '../shared/clientKeys';
import type { PlaceKeys } from './Household';
import type { PersonRef } from './Person';
import type { CadreLevel, CallbackVerdict, VisitKind } from './vocabulary';

/** A problem found at the door, filed as a 诉求 (代办) for the household. */
export interface VisitProblem {
  /** The client's key for it; also the request's idempotency key, so it is filed once. */
  key: string;
  householdId: string;
  categoryId: string;
  categoryName: string;
  text: string;
  /** Set once the request is filed: the visit records the request, the request the visit. */
  requestId: string | null;
  requestCode: string | null;
  /** Why filing failed last time (shown with a button to try again), or null. */
  error: string | null;
  at: Date;
}

/** A supervisor's 回访 of a visit: marked with why, then its outcome recorded. */
export interface VisitCallback {
  markedBy: PersonRef;
  markedAt: Date;
  reason: string;
  outcome: { verdict: CallbackVerdict; text: string; by: PersonRef; at: Date } | null;
}

export interface VisitLogEntry extends KeyedEntry {
  at: Date;
  by: PersonRef;
  kind: 'recorded' | 'problemFiled' | 'problemFailed' | 'callbackMarked' | 'callbackDone';
  what: string;
  opId: string;
}

export interface VisitLocation {
  address?: string;
  latitude?: number;
  longitude?: number;
}

/** 民情日记: one visit by one cadre to one or more households of a grid. */
export interface Visit {
  _id: string;
  /** The phone's key for this diary entry: the same key never records a second visit. */
  clientKey: string;
  cadreId: string;
  cadreName: string;
  cadreLevel: CadreLevel;
  householdIds: string[];
  /** How each household was known when visited. */
  households: Array<{ id: string; label: string }>;
  gridId: string;
  placeIds: string[];
  at: Date;
  /** The China day it counts for (visit days). */
  day: string;
  kind: VisitKind;
  /** 所见 and 所谈. */
  seen: string;
  said: string;
  /** 帮扶: help delivered, if any. */
  help: string;
  photos: string[];
  location: VisitLocation | null;
  problems: VisitProblem[];
  callback: VisitCallback | null;
  /** The supervisor whose callback is waiting for its outcome (their list), else null. */
  callbackOwner: string | null;
  /** Per level `placeId|at`, and `cadreId|at`: the diary lists read them as ranges. */
  keys: PlaceKeys;
  cadreKey: string;
  version: number;
  createdAt: Date;
  log: VisitLogEntry[];
}
