import type { ServiceSession, BookingRecord } from '../../domain/servicedays/ServiceSession';
import { cloud } from '../../shared/cloud';

/**
 * Subscribe-message templates, set per deployment as environment variables
 * of the function (云开发控制台 → 云函数 → servicedays → 环境变量); the
 * placeholders keep the local runtime working. Each template's keywords
 * must be the ones used below (see README, "Subscribe messages").
 */
export const TEMPLATE_IDS = {
  reminder: process.env.SERVICEDAY_REMINDER_TEMPLATE_ID || 'SERVICEDAY_REMINDER',
  cancelled: process.env.SERVICEDAY_CANCELLED_TEMPLATE_ID || 'SERVICEDAY_CANCELLED',
};

/** formal | trial | developer: which mini-program build the message opens. */
const MINIPROGRAM_STATE = process.env.SUBSCRIBE_MINIPROGRAM_STATE || 'formal';

export const MY_BOOKINGS_PAGE = 'packages/servicedays/my/index';

/** WeChat rejects a `thing` keyword over 20 characters. */
function thing(text: string): { value: string } {
  return { value: text.length > 20 ? `${text.slice(0, 19)}…` : text };
}

function when(session: ServiceSession, booking: BookingRecord): string {
  const slot = booking.slotKey ? session.slots[booking.slotKey] : undefined;
  const [y, m, d] = session.date.split('-');
  return `${y}年${m}月${d}日 ${slot?.start ?? booking.start ?? session.startTime}`;
}

function windowName(session: ServiceSession, booking: BookingRecord): string {
  return session.windows.find((w) => w.id === booking.windowId)?.name ?? session.title;
}

async function send(touser: string, templateId: string, data: Record<string, { value: string }>): Promise<boolean> {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser,
      templateId,
      page: MY_BOOKINGS_PAGE,
      data,
      miniprogramState: MINIPROGRAM_STATE,
    });
    return true;
  } catch (error) {
    // Most often 43101: the person did not allow this message. Logged, not retried.
    console.warn('[servicedays] subscribe message not sent', templateId, error);
    return false;
  }
}

/** 预约提醒, the day before: what, when, where, the code. */
export function sendReminder(session: ServiceSession, booking: BookingRecord): Promise<boolean> {
  if (!booking.openid) return Promise.resolve(false);
  return send(booking.openid, TEMPLATE_IDS.reminder, {
    thing1: thing(`${session.title} ${windowName(session, booking)}`),
    time2: { value: when(session, booking) },
    thing3: thing(session.venue),
    character_string4: { value: booking.code },
    thing5: thing('请带好身份证，凭预约码签到'),
  });
}

/** 预约取消通知, when staff cancel the whole date. */
export function sendDayCancelled(session: ServiceSession, booking: BookingRecord, reason: string): Promise<boolean> {
  if (!booking.openid) return Promise.resolve(false);
  return send(booking.openid, TEMPLATE_IDS.cancelled, {
    thing1: thing(`${session.title} ${windowName(session, booking)}`),
    time2: { value: when(session, booking) },
    thing3: thing(reason),
    thing4: thing('预约已取消，请另选日期'),
  });
}
