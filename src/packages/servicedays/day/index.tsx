import { Input, Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { StaffBookingDto, StaffSessionDto } from '@contract';
import { useState } from 'react';
import { AtButton } from 'taro-ui';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showFailure, showNotice } from '@/state/notice';
import { zh } from '@/text/zh';
import { cx } from '@/utils/cx';
import { showDeviceFailure } from '@/utils/deviceFailure';
import { formatClock } from '@/utils/time';
import '../common.scss';

const t = zh.serviceDays;

/** 当天名单: at the hall, per window; check in by code or QR, walk-ins, no-shows. */
export default function DayListPage() {
  const { params } = useRouter();
  const sessionId = decodeURIComponent(params.id ?? '');
  const list = useRemote(() => api.servicedays.dayList(sessionId));
  const [windowId, setWindowId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const data = list.data;
  const current = data?.windows.find((w) => w.id === windowId) ?? data?.windows[0] ?? null;

  const checkIn = async (sessionToUse: string, value: string) => {
    try {
      const booking = await api.servicedays.checkIn(sessionToUse, value.trim());
      setCode('');
      showNotice(t.checkedIn(booking.name), 'success');
      list.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  const scan = async () => {
    let result: string;
    try {
      result = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch (error) {
      // Closing the scanner is silent; a refused camera is said, with the code as the way round it.
      await showDeviceFailure(error, zh.device.scan);
      return;
    }
    const parsed = api.servicedays.parseBookingQr(result);
    if (!parsed) {
      showNotice(t.codeInput, 'error');
      return;
    }
    await checkIn(parsed.sessionId, parsed.code);
  };

  const noShow = async (booking: StaffBookingDto) => {
    try {
      await api.servicedays.markNoShow(sessionId, booking.code);
      showNotice(t.noShowDone(booking.name), 'success');
      list.reload();
    } catch (error) {
      showFailure(error);
    }
  };

  return (
    <PageShell className="gt-sd-day">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={data !== null}>
        {data && current && (
          <View>
            <View className="gt-sd__card">
              <View className="gt-sd__title">
                {t.date(data.session.date, data.session.weekday)} {data.session.title}
              </View>
              <View className="gt-sd__line">{data.session.venue}</View>
              <View className="gt-sd__line gt-sd-day__totals">{t.totals(data.totals)}</View>
            </View>

            <View className="gt-sd__card">
              <View className="gt-sd__strong">{t.checkInTitle}</View>
              <Input
                className="gt-sd__input gt-sd-day__code"
                type="number"
                maxlength={6}
                placeholder={t.codeInput}
                value={code}
                onInput={(e) => setCode(e.detail.value)}
                onConfirm={() => void checkIn(sessionId, code)}
              />
              <View className="gt-sd__buttons">
                <AtButton className="gt-sd-day__check-in" type="primary" disabled={code.trim().length !== 6} onClick={() => void checkIn(sessionId, code)}>
                  {t.checkInButton}
                </AtButton>
                {process.env.TARO_ENV === 'weapp' && <AtButton onClick={() => void scan()}>{t.scan}</AtButton>}
              </View>
            </View>

            <View className="gt-sd__chips gt-sd__toolbar">
              {data.windows.map((w) => (
                <View
                  key={w.id}
                  className={cx('gt-sd__chip', w.id === current.id && 'gt-sd__chip--chosen')}
                  onClick={() => setWindowId(w.id)}
                >
                  <Text>{w.name}</Text>
                  <Text className="gt-sd__chip-sub">{w.bookings.filter((b) => b.status !== 'cancelled').length}人</Text>
                </View>
              ))}
            </View>

            <View className="gt-sd__card">
              {current.slots.map((slot) => (
                <View key={slot.key}>
                  <View className="gt-sd__line">
                    {t.hours(slot.start, slot.end)}（{slot.taken}/{slot.capacity}）
                  </View>
                  {current.bookings
                    .filter((b) => b.slotKey === slot.key)
                    .map((b) => (
                      <BookingRow key={b.code} booking={b} onNoShow={noShow} />
                    ))}
                </View>
              ))}
              {current.bookings
                .filter((b) => b.slotKey === null)
                .map((b) => (
                  <BookingRow key={b.code} booking={b} onNoShow={noShow} />
                ))}
            </View>

            <WalkInForm session={data} windowId={current.id} onAdded={list.reload} />

            <View className="gt-sd__heading">{t.log}</View>
            <View className="gt-sd__card">
              {data.events.slice(0, 50).map((e, i) => (
                <View key={i} className="gt-sd__line">
                  {formatClock(e.at)} {t.eventTypes[e.type]} {e.code ?? ''} {e.byName}
                  {e.reason ? `：${e.reason}` : ''}
                </View>
              ))}
            </View>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

function BookingRow({ booking, onNoShow }: { booking: StaffBookingDto; onNoShow: (b: StaffBookingDto) => void }) {
  return (
    <View className={cx('gt-sd__row', 'gt-sd-day__booking', `gt-sd-day__booking--${booking.status}`)} data-code={booking.code}>
      <View className="gt-sd__row-main">
        <View className="gt-sd__strong">
          {booking.name || '—'} {booking.source === 'walkIn' ? `（${t.walkInTag}）` : ''}
        </View>
        <View className="gt-sd__line">
          {t.code} {booking.code} {booking.phone} · <Text className="gt-sd-day__status">{t.status[booking.status]}</Text>
          {booking.cancelReason ? `：${booking.cancelReason}` : ''}
        </View>
      </View>
      {booking.status === 'booked' && (
        <AtButton size="small" onClick={() => onNoShow(booking)}>
          {t.noShow}
        </AtButton>
      )}
    </View>
  );
}

function WalkInForm({ session, windowId, onAdded }: { session: StaffSessionDto; windowId: string; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [slotIndex, setSlotIndex] = useState(0);
  const [key, setKey] = useState(() => api.servicedays.newRequestKey());
  const window = session.windows.find((w) => w.id === windowId);
  const options = [t.walkInNoSlot, ...(window?.slots.map((s) => `${t.hours(s.start, s.end)}（${s.taken}/${s.capacity}）`) ?? [])];

  const add = async () => {
    try {
      const slot = slotIndex > 0 ? window?.slots[slotIndex - 1] : undefined;
      const added = await api.servicedays.addWalkIn({
        sessionId: session.session.id,
        windowId,
        slotKey: slot?.key,
        name: name.trim(),
        phone: phone.trim() || undefined,
        requestKey: key,
      });
      setName('');
      setPhone('');
      setKey(api.servicedays.newRequestKey());
      showNotice(t.walkInDone(added.name), 'success');
      onAdded();
    } catch (error) {
      if (!isCloudError(error) || error.code !== 'NETWORK') setKey(api.servicedays.newRequestKey());
      showFailure(error);
    }
  };

  return (
    <View className="gt-sd__card">
      <View className="gt-sd__strong">
        {t.walkInTitle} · {window?.name}
      </View>
      <Input className="gt-sd__input" placeholder={t.walkInName} value={name} maxlength={20} onInput={(e) => setName(e.detail.value)} />
      <Input className="gt-sd__input" type="number" placeholder={t.walkInPhone} value={phone} maxlength={13} onInput={(e) => setPhone(e.detail.value)} />
      <Picker mode="selector" range={options} value={slotIndex} onChange={(e) => setSlotIndex(Number(e.detail.value))}>
        <View className="gt-sd__input">{options[slotIndex]}</View>
      </Picker>
      <AtButton disabled={name.trim() === ''} onClick={() => void add()}>
        {t.walkInAdd}
      </AtButton>
    </View>
  );
}
