import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { BookingDto, SessionDetailDto, SlotDto } from '@contract';
import { useEffect, useState } from 'react';
import { AtButton } from 'taro-ui';
import BookingCard from '@/components/BookingCard';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showFailure, showNotice } from '@/state/notice';
import { zh } from '@/text/zh';
import { cx } from '@/utils/cx';
import '../common.scss';

const t = zh.serviceDays;

/** One date: choose a window and a slot, see the places left, book; or see the booking made. */
export default function SessionPage() {
  const { params } = useRouter();
  const sessionId = decodeURIComponent(params.id ?? '');
  const detail = useRemote(() => api.servicedays.getSession(sessionId));
  const [windowId, setWindowId] = useState<string | null>(null);
  const [slotKey, setSlotKey] = useState<string | null>(null);
  /** Kept until the booking is answered, so a retry of the same tap is recognised by the server. */
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const data = detail.data;
  useEffect(() => {
    if (data && !windowId && data.windows.length > 0) setWindowId(data.windows[0].id);
  }, [data, windowId]);

  const slots = data?.slots.filter((s) => s.windowId === windowId) ?? [];
  const chosen = data?.slots.find((s) => s.key === slotKey) ?? null;
  const full = data ? data.myBookings.length >= data.maxActivePerPerson : false;

  const submit = async (detailData: SessionDetailDto, slot: SlotDto) => {
    // First, inside the tap: the reminder and cancellation messages (WeChat asks only from a tap).
    const asked = api.subscribe.askToSubscribe(detailData.subscribeTemplateIds);
    const key = pendingKey ?? api.servicedays.newRequestKey();
    setPendingKey(key);
    setBusy(true);
    await asked;
    try {
      await api.servicedays.book(detailData.id, slot.key, key);
      setPendingKey(null);
      setSlotKey(null);
      showNotice(t.booked, 'success');
      detail.reload();
    } catch (error) {
      const code = isCloudError(error) ? error.code : 'INTERNAL';
      // A definite answer: the next tap is a new request. A lost answer: keep the key and let them retry.
      if (code !== 'NETWORK') setPendingKey(null);
      showFailure(error);
      if (code === 'SLOT_FULL' || code === 'BOOKING_CLOSED' || code === 'ALREADY_BOOKED') {
        setSlotKey(null);
        detail.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = async (booking: BookingDto, reason: string) => {
    try {
      await api.servicedays.cancelBooking(booking.sessionId, booking.code, reason);
      showNotice(t.cancelDone, 'success');
      detail.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  return (
    <PageShell className="gt-sd-session">
      <LoadState loading={detail.loading} error={detail.error} onRetry={detail.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-sd__card">
              <View className="gt-sd__title">
                {t.date(data.date, data.weekday)} {t.hours(data.startTime, data.endTime)}
              </View>
              <View className="gt-sd__strong">{data.title}</View>
              <View className="gt-sd__line">{data.venue}</View>
              {data.status === 'cancelled' && <View className="gt-sd__warn">{t.cancelledBecause(data.cancelReason ?? '')}</View>}
            </View>

            {data.myBookings.length > 0 && <View className="gt-sd__heading">{t.yourBooking}</View>}
            {data.myBookings.map((b) => (
              <BookingCard key={b.code} booking={b} prominent onCancel={cancel} />
            ))}

            {data.status === 'open' && !full && (
              <View className="gt-sd__card">
                <View className="gt-sd__strong">{t.chooseWindow}</View>
                <View className="gt-sd__chips">
                  {data.windows.map((w) => (
                    <View
                      key={w.id}
                      className={cx('gt-sd__chip', 'gt-sd-window', w.id === windowId && 'gt-sd__chip--chosen', w.left === 0 && 'gt-sd__chip--off')}
                      onClick={() => {
                        setWindowId(w.id);
                        setSlotKey(null);
                      }}
                    >
                      <Text>{w.name}</Text>
                      <Text className="gt-sd__chip-sub">{t.left(w.left)}</Text>
                    </View>
                  ))}
                </View>
                <View className="gt-sd__strong" style={{ marginTop: '16px' }}>
                  {t.chooseSlot}
                </View>
                <View className="gt-sd__chips">
                  {slots.map((s) => (
                    <View
                      key={s.key}
                      className={cx('gt-sd__chip', 'gt-sd-slot', s.key === slotKey && 'gt-sd__chip--chosen', !s.bookable && 'gt-sd__chip--off')}
                      data-slot={s.key}
                      data-left={s.left}
                      onClick={() => s.bookable && setSlotKey(s.key)}
                    >
                      <Text>{t.hours(s.start, s.end)}</Text>
                      <Text className="gt-sd__chip-sub gt-sd-slot__left">
                        {new Date(s.startsAt).getTime() <= Date.now() ? t.slotBegun : t.left(s.left)}
                      </Text>
                    </View>
                  ))}
                </View>
                <View className="gt-sd__line">{t.cutoffHint(data.cancelCutoffMinutes)}</View>
                {chosen && (
                  <AtButton
                    className="gt-sd-confirm"
                    type="primary"
                    loading={busy}
                    disabled={busy}
                    onClick={() => void submit(data, chosen)}
                  >
                    {t.confirm(data.windows.find((w) => w.id === chosen.windowId)?.name ?? '', chosen.start, chosen.end)}
                  </AtButton>
                )}
              </View>
            )}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
