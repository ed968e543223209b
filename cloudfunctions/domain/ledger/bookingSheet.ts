import type { BookingStatus, ServiceSession } from '../servicedays/ServiceSession';
import { chinaDateTime } from '../shared/chinaTime';
import type { LedgerSheet } from './LedgerSheet';

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  checkedIn: '已签到',
  noShow: '未到',
};

const time = (instant: Date | null) => (instant ? chinaDateTime(instant) : '');

/** Service-day bookings, one row each: who, when, which window, and what became of it. */
export function bookingSheet(sessions: ServiceSession[]): LedgerSheet {
  const rows = sessions.flatMap((session) => {
    const windows = new Map(session.windows.map((window) => [window.id, window.name]));
    return session.bookings.map((booking) => [
      session.date,
      session.placeName,
      session.title,
      session.venue,
      windows.get(booking.windowId) ?? '',
      booking.start && booking.end ? `${booking.start}-${booking.end}` : '',
      booking.code,
      booking.name,
      booking.phone,
      booking.source === 'walkIn' ? '现场登记' : '网上预约',
      BOOKING_STATUS_LABELS[booking.status],
      time(booking.createdAt),
      time(booking.checkedInAt),
      time(booking.noShowAt),
      time(booking.cancelledAt),
      booking.cancelReason ?? '',
    ]);
  });
  return {
    name: '便民服务日预约',
    columns: [
      { header: '服务日期', width: 12 },
      { header: '举办单位', width: 12 },
      { header: '服务日', width: 20 },
      { header: '地点', width: 24 },
      { header: '窗口', width: 10 },
      { header: '时段', width: 12 },
      { header: '预约码', width: 10 },
      { header: '姓名', width: 10 },
      { header: '电话', width: 14 },
      { header: '方式', width: 10 },
      { header: '状态', width: 10 },
      { header: '预约时间', width: 18 },
      { header: '签到时间', width: 18 },
      { header: '标记未到时间', width: 18 },
      { header: '取消时间', width: 18 },
      { header: '取消原因', width: 24 },
    ],
    rows,
  };
}
