import type { LastEdit } from '../shared/lastEdit';
import type { JurisdictionLevel } from '../jurisdiction/vocabulary';
import type { CreatedUnderKey } from '../shared/clientKeys';
import type { Recurrence } from './vocabulary';
import type { LocalDate } from './chinaCalendar';

export type { Recurrence };

/** A service window (社保, 医保, 户籍 …) and how many people it serves in one slot. */
export interface ServiceWindow {
  /** `w1`, `w2` …: assigned once, kept when the name or capacity changes. */
  id: string;
  name: string;
  capacity: number;
}

/** Exception: no service on this date. */
export interface CancelledDate {
  date: LocalDate;
  reason: string;
  by: string;
  byName: string;
  at: Date;
}

/**
 * A recurring service day (便民服务日) of a township or village: when it
 * happens, where, which windows serve how many people per slot, and its
 * exceptions. Each date it happens on is a ServiceSession.
 */
export interface ServiceDay extends CreatedUnderKey {
  _id: string;
  /** Raised by every change, for staff editing the same schedule at once. */
  version: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
  placeId: string;
  placeName: string;
  placeLevel: JurisdictionLevel;
  /** The place and every node above it: staff whose scope is any of them may manage it. */
  scopeIds: string[];
  title: string;
  venue: string;
  recurrence: Recurrence;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  windows: ServiceWindow[];
  /** Number of the next new window's id. */
  nextWindowNo: number;
  horizonWeeks: number;
  cancelCutoffMinutes: number;
  maxActivePerPerson: number;
  cancelledDates: CancelledDate[];
  extraDates: LocalDate[];
  active: boolean;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

/** Who does something, for the event log. */
export interface Actor {
  openid: string;
  name: string;
  role: 'resident' | 'staff' | 'system';
}
