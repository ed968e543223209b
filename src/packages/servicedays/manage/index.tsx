import { Input, Picker, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { ServiceDayDto, SessionCardDto } from '@contract';
import { useState } from 'react';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as servicedaysApi from '@/services/servicedays';
import { showFailure, showNotice } from '@/state/notice';
import { servicedaysText } from '@/text/servicedays';
import { requiredText, textLimits, UNCUT } from '@/utils/textLimit';
import '../common.scss';

const t = servicedaysText;

/** 服务日管理: the service days in the staff member's jurisdiction and their coming dates. */
export default function ManagePage() {
  const list = useRemote(servicedaysApi.listServiceDays);
  useDidShow(() => list.reload());
  const data = list.data;
  return (
    <PageShell className="gt-sd-manage">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-sd__buttons gt-sd__toolbar">
              <Button type="primary" onClick={() => Taro.navigateTo({ url: '/packages/servicedays/edit/index' })}>
                {t.newServiceDay}
              </Button>
            </View>
            {data.serviceDays.map((day) => (
              <ServiceDayCard key={day.id} day={day} onChanged={list.reload} />
            ))}
            <View className="gt-sd__heading">{t.comingDates}</View>
            {data.sessions.map((session) => (
              <DateCard key={session.id} session={session} onChanged={list.reload} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

function ServiceDayCard({ day, onChanged }: { day: ServiceDayDto; onChanged: () => void }) {
  const values = day.recurrence.kind === 'weekly' ? day.recurrence.weekdays : day.recurrence.days;
  const addDate = async (date: string) => {
    try {
      await servicedaysApi.addExtraDate(day.id, date);
      showNotice(t.addExtraDateDone, 'success');
      onChanged();
    } catch (error) {
      showFailure(error);
    }
  };
  return (
    <View className="gt-sd__card gt-sd-manage__day">
      <View className="gt-sd__title">{day.title}</View>
      <View className="gt-sd__strong">
        {t.schedule(day.recurrence.kind, values)} {t.hours(day.startTime, day.endTime)}
      </View>
      <View className="gt-sd__line">
        {day.place.name} · {day.venue}
      </View>
      <View className="gt-sd__line">{day.windows.map((w) => `${w.name}${w.capacity}人`).join('、')}</View>
      {day.cancelledDates.map((c) => (
        <View key={c.date} className="gt-sd__warn">
          {c.date} {t.cancelled}：{c.reason}
        </View>
      ))}
      <View className="gt-sd__buttons">
        <Button size="small" onClick={() => Taro.navigateTo({ url: `/packages/servicedays/edit/index?id=${encodeURIComponent(day.id)}` })}>
          {t.edit}
        </Button>
        <Picker mode="date" value="" onChange={(e) => void addDate(String(e.detail.value))}>
          <Button size="small">{t.addExtraDate}</Button>
        </Picker>
      </View>
    </View>
  );
}

function DateCard({ session, onChanged }: { session: SessionCardDto; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const errors = useFieldErrors<'reason'>();
  const booked = session.capacity - session.left;
  const cancel = async () => {
    if (errors.show({ reason: requiredText(reason, t.needCancelReason, textLimits.cancelReason) })) return;
    try {
      const result = await servicedaysApi.cancelDate(session.serviceDayId, session.date, reason.trim());
      showNotice(t.cancelDateDone(result.cancelledBookings, result.notified), 'success', 4000);
      setAsking(false);
      onChanged();
    } catch (error) {
      showFailure(error);
    }
  };
  return (
    <View className="gt-sd__card gt-sd-manage__date" data-session={session.id}>
      <View className="gt-sd__strong">
        {t.date(session.date, session.weekday)} {session.title}
      </View>
      {session.status === 'cancelled' ? (
        <View className="gt-sd__warn">{t.cancelledBecause(session.cancelReason ?? '')}</View>
      ) : (
        <View className="gt-sd__line">
          {session.windows.map((w) => `${w.name} ${w.capacity - w.left}/${w.capacity}`).join(' · ')}（共约{booked}人）
        </View>
      )}
      {session.status === 'open' && (
        <View className="gt-sd__buttons">
          <Button
            className="gt-sd-manage__open-day"
            size="small"
            type="primary"
            onClick={() => Taro.navigateTo({ url: `/packages/servicedays/day/index?id=${encodeURIComponent(session.id)}` })}
          >
            {t.openDayList}
          </Button>
          <Button size="small" onClick={() => setAsking(!asking)}>
            {t.cancelDate}
          </Button>
        </View>
      )}
      {asking && (
        <View>
          <FormField error={errors.errors.reason} count={{ value: reason, max: textLimits.cancelReason }}>
            <Input
              className="gt-sd__input"
              placeholder={t.cancelDateReason}
              value={reason}
              maxlength={UNCUT}
              onInput={(e) => setReason(e.detail.value)}
            />
          </FormField>
          <Button type="primary" onClick={() => void cancel()}>
            {t.cancelConfirm}
          </Button>
        </View>
      )}
    </View>
  );
}
