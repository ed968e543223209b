import { Text, View } from '@tarojs/components';
import type { BookingDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import QrCode from '@/components/QrCode';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import { formatDateTime } from '@/utils/time';
import './index.scss';

interface BookingCardProps {
  booking: BookingDto;
  /** Shows the code and QR large (an active booking); history rows stay compact. */
  prominent?: boolean;
  /** Given when the person may cancel here; resolves once done (or throws). */
  onCancel?: (booking: BookingDto, reason: string) => Promise<void>;
}

const t = servicedaysText;

/** A booking: where and when, the code and QR code to show at the hall, and cancelling with a reason. */
export default function BookingCard({ booking, prominent = false, onCancel }: BookingCardProps) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const active = booking.status === 'booked';

  const confirm = async () => {
    if (!onCancel || !reason) return;
    setBusy(true);
    try {
      await onCancel(booking, reason);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className={cx('gt-booking', `gt-booking--${booking.status}`)} data-code={booking.code}>
      <View className="gt-booking__head">
        <Text className="gt-booking__when">
          {t.date(booking.date, booking.weekday)} {t.hours(booking.start, booking.end)}
        </Text>
        <Text className={cx('gt-booking__status', `gt-booking__status--${booking.status}`)}>{t.status[booking.status]}</Text>
      </View>
      <View className="gt-booking__what">
        {booking.windowName} · {booking.title}
      </View>
      <View className="gt-booking__where">{booking.venue}</View>
      {booking.dayCancelled && (
        <View className="gt-booking__note">
          {t.dayCancelledNote}
          {booking.cancelReason ? `：${booking.cancelReason}` : ''}
        </View>
      )}
      {!booking.dayCancelled && booking.status === 'cancelled' && booking.cancelReason && (
        <View className="gt-booking__note">
          {booking.cancelledBy === 'staff' ? `${t.cancelledByStaff}：` : ''}
          {booking.cancelReason}
        </View>
      )}
      <View className="gt-booking__code-row">
        <Text className="gt-booking__code-label">{t.code}</Text>
        <Text className={cx('gt-booking__code', prominent && active && 'gt-booking__code--big')}>{booking.code}</Text>
      </View>
      {prominent && active && (
        <View>
          <QrCode text={booking.qrText} label={`${t.code} ${booking.code}`} />
          <View className="gt-booking__hint">{t.showAtHall}</View>
          <View className="gt-booking__hint">{t.deadline(formatDateTime(booking.cancelDeadline))}</View>
        </View>
      )}
      {onCancel && booking.canCancel && !asking && (
        <View className="gt-booking__actions">
          <Button className="gt-booking__cancel" onClick={() => setAsking(true)}>
            {t.cancel}
          </Button>
        </View>
      )}
      {asking && (
        <View className="gt-booking__ask">
          <View className="gt-booking__ask-title">{t.cancelReason}</View>
          {t.cancelReasons.map((text) => (
            <View
              key={text}
              className={cx('gt-booking__reason', reason === text && 'gt-booking__reason--chosen')}
              onClick={() => setReason(text)}
            >
              {text}
            </View>
          ))}
          <Button className="gt-booking__confirm" type="primary" disabled={!reason || busy} loading={busy} onClick={() => void confirm()}>
            {t.cancelConfirm}
          </Button>
        </View>
      )}
    </View>
  );
}
