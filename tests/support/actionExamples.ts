import type { ActionName, FunctionName, RequestOf } from '../../cloudfunctions/contract';
import { addDays, instantAt } from '../../cloudfunctions/domain/servicedays/beijingTime';
import { sessionIdOf } from '../../cloudfunctions/domain/servicedays/ServiceSession';
import { DEMO_SERVICE_DAY_ID, demoBookingDate } from '../../localcloud/seed/demoServiceDays';

export interface ActionExample<F extends FunctionName, A extends ActionName<F>> {
  /** A demo user allowed to perform the action on freshly seeded demo data. */
  caller: string;
  payload: RequestOf<F, A>;
  /** When the action only makes sense at a certain time (checking in on the day): the runtime clock is moved there. */
  at?: Date;
}

/** The demo date with bookings (the first Wednesday two or more days ahead, see the seed). */
const demoDate = demoBookingDate(new Date());
const demoSession = sessionIdOf(DEMO_SERVICE_DAY_ID, demoDate);

/**
 * One well-formed call for every action of the contract. The type makes a
 * new action without an example fail tsc, so the malformed-input test and
 * the database-action benchmark always cover every action.
 */
export type ExampleTable = { [F in FunctionName]: { [A in ActionName<F>]: ActionExample<F, A> } };

export const actionExamples: ExampleTable = {
  users: {
    me: { caller: 'demo-resident-wang', payload: {} },
    chooseGrid: { caller: 'demo-resident-li', payload: { gridId: 'g-hubin-2' } },
    setPreferences: { caller: 'demo-resident-wang', payload: { elderMode: true } },
  },
  grids: {
    listGrids: { caller: 'demo-resident-wang', payload: { townshipId: 't-liangquan' } },
    contactCard: { caller: 'demo-resident-wang', payload: { gridId: 'g-hubin-1' } },
  },
  servicedays: {
    listServiceDays: { caller: 'demo-staff-township', payload: {} },
    saveServiceDay: {
      caller: 'demo-staff-taihua',
      payload: {
        placeId: 'v-taihua',
        title: '太华村便民服务日',
        venue: '太华村便民服务站',
        recurrence: { kind: 'weekly', weekdays: [1, 5] },
        startTime: '14:00',
        endTime: '17:00',
        slotMinutes: 60,
        windows: [
          { name: '代办', capacity: 4 },
          { name: '卫生', capacity: 2 },
        ],
        horizonWeeks: 2,
        cancelCutoffMinutes: 60,
        maxActivePerPerson: 1,
      },
    },
    addExtraDate: { caller: 'demo-staff-township', payload: { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 2) } },
    dayList: { caller: 'demo-staff-township', payload: { sessionId: demoSession } },
    checkIn: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, code: '100001' },
      at: instantAt(demoDate, '08:50'),
    },
    addWalkIn: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, windowId: 'w4', slotKey: 'w4_1000', name: '汪大爷', requestKey: 'example-walk-in-1' },
      at: instantAt(demoDate, '09:40'),
    },
    markNoShow: {
      caller: 'demo-staff-township',
      payload: { sessionId: demoSession, code: '100003' },
      at: instantAt(demoDate, '10:30'),
    },
    browse: { caller: 'demo-resident-zhao', payload: {} },
    getSession: { caller: 'demo-resident-zhao', payload: { sessionId: demoSession } },
    book: { caller: 'demo-resident-zhao', payload: { sessionId: demoSession, slotKey: 'w5_1000', requestKey: 'example-book-1' } },
    cancelBooking: { caller: 'demo-resident-li', payload: { sessionId: demoSession, code: '100002', reason: '家里有事去不了' } },
    myBookings: { caller: 'demo-resident-wang', payload: {} },
    cancelDate: {
      caller: 'demo-staff-township',
      payload: { serviceDayId: DEMO_SERVICE_DAY_ID, date: addDays(demoDate, 7), reason: '乡里统一开会，暂停一次' },
    },
  },
};

/** Every (function, action) pair with its example, for table-driven tests and benchmarks. */
export function everyAction(): Array<{
  fn: FunctionName;
  action: string;
  caller: string;
  payload: Record<string, unknown>;
  at?: Date;
}> {
  return (Object.keys(actionExamples) as FunctionName[]).flatMap((fn) =>
    Object.entries(actionExamples[fn] as Record<string, { caller: string; payload: Record<string, unknown>; at?: Date }>).map(
      ([action, example]) => ({ fn, action, caller: example.caller, payload: example.payload, at: example.at }),
    ),
  );
}
