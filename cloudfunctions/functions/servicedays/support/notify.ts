import type { ServiceSession, BookingRecord } from '../../../domain/servicedays/ServiceSession';
import { sendSubscribeMessage } from '../../../shared/subscribeMessage';
import { wechatTimeOn } from '../../../shared/subscribeText';

export const MY_BOOKINGS_PAGE = 'packages/servicedays/my/index';

function when(session: ServiceSession, booking: BookingRecord): string {
  const slot = booking.slotKey ? session.slots[booking.slotKey] : undefined;
  return wechatTimeOn(session.date, slot?.start ?? booking.start ?? session.startTime);
}

function windowName(session: ServiceSession, booking: BookingRecord): string {
  return session.windows.find((w) => w.id === booking.windowId)?.name ?? session.title;
}

/**
 * Each sender answers whether the message was sent. A refusal (most often
 * 43101: the person did not allow it, or used their acceptance) is logged by
 * the sender and recorded in the booking log by the caller; not retried.
 */

/** 预约提醒, the day before: what, when, where, the code. */
export function sendReminder(session: ServiceSession, booking: BookingRecord): Promise<boolean> {
  if (!booking.openid) return Promise.resolve(false);
  return sendSubscribeMessage('servicedayReminder', booking.openid, MY_BOOKINGS_PAGE, {
    thing1: `${session.title} ${windowName(session, booking)}`,
    time2: when(session, booking),
    thing3: session.venue,
    character_string4: booking.code,
    thing5: '请带好身份证，凭预约码签到',
  }).then((outcome) => outcome.sent);
}

/** 预约取消通知, when staff cancel the whole date. */
export function sendDayCancelled(session: ServiceSession, booking: BookingRecord, reason: string): Promise<boolean> {
  if (!booking.openid) return Promise.resolve(false);
  return sendSubscribeMessage('servicedayCancelled', booking.openid, MY_BOOKINGS_PAGE, {
    thing1: `${session.title} ${windowName(session, booking)}`,
    time2: when(session, booking),
    thing3: reason,
    thing4: '预约已取消，请另选日期',
  }).then((outcome) => outcome.sent);
}
