import type { FieldError } from '../shared/FieldError';
import type { JurisdictionNode } from '../jurisdiction/JurisdictionNode';
import { DomainError } from '../shared/DomainError';
import { slotTimesOf } from './schedule';
import type { Actor, Recurrence, ServiceDay, ServiceWindow } from './ServiceDay';

/** What staff fill in for a service day (which one and where are not part of it). */
export interface ServiceDayInput {
  title: string;
  venue: string;
  recurrence: Recurrence;
  /** 24-hour clock times, e.g. 09:00. */
  startTime: string;
  endTime: string;
  slotMinutes: number;
  /** A window with an id is an existing one (it keeps its bookings); without one it is new. */
  windows: Array<{ id?: string; name: string; capacity: number }>;
  horizonWeeks: number;
  cancelCutoffMinutes: number;
  maxActivePerPerson: number;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)].sort((a, b) => Number(a) - Number(b));
}

function checkInput(input: ServiceDayInput): void {
  const problems: FieldError[] = [];
  const names = input.windows.map((w) => w.name.trim());
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) problems.push({ path: `windows.${index}.name`, message: `窗口“${name}”重复了` });
  });
  const ids = input.windows.map((w) => w.id).filter((id): id is string => Boolean(id));
  if (new Set(ids).size !== ids.length) problems.push({ path: 'windows', message: '窗口重复了，请刷新后再改' });
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', undefined, problems);
  slotTimesOf(input);
}

function normalisedRecurrence(recurrence: Recurrence): Recurrence {
  return recurrence.kind === 'weekly'
    ? { kind: 'weekly', weekdays: unique(recurrence.weekdays) }
    : { kind: 'monthly', days: unique(recurrence.days) };
}

/** Service days are run by a township or a village (at its hall or service station). */
export function requireServicePlace(place: JurisdictionNode): void {
  if (place.level !== 'township' && place.level !== 'village') {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'placeId', message: '请选择一个乡镇或村' }]);
  }
}

/** The fields staff set, tidied. */
function scheduleOf(input: ServiceDayInput) {
  return {
    title: input.title.trim(),
    venue: input.venue.trim(),
    recurrence: normalisedRecurrence(input.recurrence),
    startTime: input.startTime,
    endTime: input.endTime,
    slotMinutes: input.slotMinutes,
    horizonWeeks: input.horizonWeeks,
    cancelCutoffMinutes: input.cancelCutoffMinutes,
    maxActivePerPerson: input.maxActivePerPerson,
  };
}

/** A new service day; its windows are numbered w1, w2 … in the order given. */
export function createServiceDay(id: string, input: ServiceDayInput, place: JurisdictionNode, actor: Actor, now: Date): ServiceDay {
  requireServicePlace(place);
  if (input.windows.some((w) => w.id)) {
    throw new DomainError('INVALID_INPUT', undefined, [{ path: 'windows', message: '新建服务日的窗口还没有编号' }]);
  }
  checkInput(input);
  const windows: ServiceWindow[] = input.windows.map((w, index) => ({
    id: `w${index + 1}`,
    name: w.name.trim(),
    capacity: w.capacity,
  }));
  return {
    _id: id,
    version: 1,
    placeId: place._id,
    placeName: place.name,
    placeLevel: place.level,
    scopeIds: [...place.ancestorIds, place._id],
    ...scheduleOf(input),
    windows,
    nextWindowNo: windows.length + 1,
    cancelledDates: [],
    extraDates: [],
    active: true,
    createdBy: actor.openid,
    createdAt: now,
    updatedBy: actor.openid,
    updatedAt: now,
  };
}

/**
 * The service day with the staff's changes. Windows keep their id (and so
 * their bookings); a window left out is removed; a new one gets the next id.
 * Whether existing bookings still fit is checked per date by rescheduleSessions.
 */
export function reviseServiceDay(day: ServiceDay, input: ServiceDayInput, actor: Actor, now: Date): ServiceDay {
  checkInput(input);
  let nextWindowNo = day.nextWindowNo;
  const windows: ServiceWindow[] = input.windows.map((w, index) => {
    if (w.id && !day.windows.some((existing) => existing.id === w.id)) {
      throw new DomainError('INVALID_INPUT', undefined, [{ path: `windows.${index}.id`, message: '这个窗口已不存在，请刷新后再改' }]);
    }
    const id = w.id ?? `w${nextWindowNo++}`;
    return { id, name: w.name.trim(), capacity: w.capacity };
  });
  return {
    ...day,
    version: day.version + 1,
    ...scheduleOf(input),
    windows,
    nextWindowNo,
    updatedBy: actor.openid,
    updatedAt: now,
  };
}
