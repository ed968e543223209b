import { Input, Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { RequestOf, ServiceDayListDto } from '@contract';
import { useEffect, useState } from 'react';
import { AtButton } from 'taro-ui';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { servicedaysText } from '@/text/servicedays';
import { cx } from '@/utils/cx';
import '../common.scss';

const t = servicedaysText;
const SLOT_CHOICES = [15, 20, 30, 45, 60, 90, 120];

interface Form {
  placeId: string;
  title: string;
  venue: string;
  kind: 'weekly' | 'monthly';
  weekdays: number[];
  monthDays: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  windows: Array<{ id?: string; name: string; capacity: string }>;
  horizonWeeks: string;
  cutoffHours: string;
}

const EMPTY: Form = {
  placeId: '',
  title: '',
  venue: '',
  kind: 'weekly',
  weekdays: [3],
  monthDays: '1,15',
  startTime: '09:00',
  endTime: '12:00',
  slotMinutes: 30,
  windows: [{ name: '', capacity: '3' }],
  horizonWeeks: '4',
  cutoffHours: '2',
};

function formFrom(list: ServiceDayListDto, id: string | undefined): Form {
  const day = list.serviceDays.find((d) => d.id === id);
  if (!day) return { ...EMPTY, placeId: list.places[0]?.id ?? '' };
  return {
    placeId: day.place.id,
    title: day.title,
    venue: day.venue,
    kind: day.recurrence.kind,
    weekdays: day.recurrence.kind === 'weekly' ? day.recurrence.weekdays : [3],
    monthDays: day.recurrence.kind === 'monthly' ? day.recurrence.days.join(',') : '1,15',
    startTime: day.startTime,
    endTime: day.endTime,
    slotMinutes: day.slotMinutes,
    windows: day.windows.map((w) => ({ id: w.id, name: w.name, capacity: String(w.capacity) })),
    horizonWeeks: String(day.horizonWeeks),
    cutoffHours: String(day.cancelCutoffMinutes / 60),
  };
}

/** Creating or changing a service day: when, where, windows and how many each serves per slot. */
export default function EditPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const list = useRemote(api.servicedays.listServiceDays);
  const [form, setForm] = useState<Form | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (list.data && !form) setForm(formFrom(list.data, id));
  }, [list.data, form, id]);

  const set = (patch: Partial<Form>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const version = list.data?.serviceDays.find((d) => d.id === id)?.version;

  const save = async () => {
    if (!form) return;
    const input: RequestOf<'servicedays', 'saveServiceDay'> = {
      ...(id ? { id, expectedVersion: version } : {}),
      placeId: form.placeId,
      title: form.title,
      venue: form.venue,
      recurrence:
        form.kind === 'weekly'
          ? { kind: 'weekly', weekdays: form.weekdays }
          : { kind: 'monthly', days: form.monthDays.split(/[,，、\s]+/).filter(Boolean).map(Number) },
      startTime: form.startTime,
      endTime: form.endTime,
      slotMinutes: form.slotMinutes,
      windows: form.windows.map((w) => ({ ...(w.id ? { id: w.id } : {}), name: w.name, capacity: Number(w.capacity) })),
      horizonWeeks: Number(form.horizonWeeks),
      cancelCutoffMinutes: Math.round(Number(form.cutoffHours) * 60),
    };
    setBusy(true);
    setDetails([]);
    try {
      await api.servicedays.saveServiceDay(input);
      showNotice(t.saved, 'success');
      Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/packages/servicedays/manage/index' }));
    } catch (error) {
      if (isCloudError(error)) {
        setDetails([...(error.details ?? []), ...(error.fields ?? []).map((f) => `${f.path}：${f.message}`)]);
        showNotice(error.message, 'error', 4000);
      } else {
        showNotice(commonText.unknownError, 'error');
      }
    } finally {
      setBusy(false);
    }
  };

  const places = list.data?.places ?? [];
  return (
    <PageShell className="gt-sd-edit">
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} hasData={form !== null}>
        {form && (
          <View className="gt-sd__card">
            <View className="gt-sd__label">{t.fieldPlace}</View>
            <Picker
              mode="selector"
              disabled={Boolean(id)}
              range={places.map((p) => p.name)}
              value={Math.max(0, places.findIndex((p) => p.id === form.placeId))}
              onChange={(e) => set({ placeId: places[Number(e.detail.value)]?.id ?? '' })}
            >
              <View className="gt-sd__input">{places.find((p) => p.id === form.placeId)?.name ?? ''}</View>
            </Picker>
            <View className="gt-sd__label">{t.fieldTitle}</View>
            <Input className="gt-sd__input" value={form.title} maxlength={20} onInput={(e) => set({ title: e.detail.value })} />
            <View className="gt-sd__label">{t.fieldVenue}</View>
            <Input className="gt-sd__input" value={form.venue} maxlength={30} onInput={(e) => set({ venue: e.detail.value })} />

            <View className="gt-sd__label">{t.fieldRecurrence}</View>
            <View className="gt-sd__chips">
              {(['weekly', 'monthly'] as const).map((kind) => (
                <View key={kind} className={cx('gt-sd__chip', form.kind === kind && 'gt-sd__chip--chosen')} onClick={() => set({ kind })}>
                  {kind === 'weekly' ? t.weekly : t.monthly}
                </View>
              ))}
            </View>
            {form.kind === 'weekly' ? (
              <View className="gt-sd__chips">
                {t.weekday.map((name, index) => {
                  const day = index + 1;
                  const on = form.weekdays.includes(day);
                  return (
                    <View
                      key={name}
                      className={cx('gt-sd__chip', on && 'gt-sd__chip--chosen')}
                      onClick={() => set({ weekdays: on ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day].sort() })}
                    >
                      {name}
                    </View>
                  );
                })}
              </View>
            ) : (
              <View>
                <View className="gt-sd__label">{t.monthDays}</View>
                <Input className="gt-sd__input" value={form.monthDays} onInput={(e) => set({ monthDays: e.detail.value })} />
              </View>
            )}

            <View className="gt-sd__label">
              {t.fieldStart} / {t.fieldEnd}
            </View>
            <View className="gt-sd__chips">
              <Picker mode="time" value={form.startTime} onChange={(e) => set({ startTime: String(e.detail.value) })}>
                <View className="gt-sd__chip">{form.startTime}</View>
              </Picker>
              <Picker mode="time" value={form.endTime} onChange={(e) => set({ endTime: String(e.detail.value) })}>
                <View className="gt-sd__chip">{form.endTime}</View>
              </Picker>
            </View>
            <View className="gt-sd__label">{t.fieldSlot}</View>
            <Picker
              mode="selector"
              range={SLOT_CHOICES.map(String)}
              value={Math.max(0, SLOT_CHOICES.indexOf(form.slotMinutes))}
              onChange={(e) => set({ slotMinutes: SLOT_CHOICES[Number(e.detail.value)] })}
            >
              <View className="gt-sd__input">{form.slotMinutes}</View>
            </Picker>

            <View className="gt-sd__label">{t.fieldWindows}</View>
            {form.windows.map((w, index) => (
              <View key={w.id ?? `new-${index}`} className="gt-sd__row">
                <Input
                  className="gt-sd__input gt-sd-edit__window-name"
                  placeholder={t.windowName}
                  value={w.name}
                  maxlength={10}
                  onInput={(e) => set({ windows: form.windows.map((x, i) => (i === index ? { ...x, name: e.detail.value } : x)) })}
                />
                <Input
                  className="gt-sd__input gt-sd-edit__window-capacity"
                  type="number"
                  placeholder={t.windowCapacity}
                  value={w.capacity}
                  onInput={(e) => set({ windows: form.windows.map((x, i) => (i === index ? { ...x, capacity: e.detail.value } : x)) })}
                />
                {form.windows.length > 1 && (
                  <Text className="gt-sd__warn" onClick={() => set({ windows: form.windows.filter((_, i) => i !== index) })}>
                    {t.removeWindow}
                  </Text>
                )}
              </View>
            ))}
            <AtButton size="small" onClick={() => set({ windows: [...form.windows, { name: '', capacity: '3' }] })}>
              {t.addWindow}
            </AtButton>

            <View className="gt-sd__label">{t.fieldHorizon}</View>
            <Input className="gt-sd__input" type="number" value={form.horizonWeeks} onInput={(e) => set({ horizonWeeks: e.detail.value })} />
            <View className="gt-sd__label">{t.fieldCutoff}</View>
            <Input className="gt-sd__input" type="digit" value={form.cutoffHours} onInput={(e) => set({ cutoffHours: e.detail.value })} />

            {details.length > 0 && (
              <View className="gt-sd__details gt-sd-edit__details">
                {details.map((line) => (
                  <View key={line}>{line}</View>
                ))}
              </View>
            )}
            <AtButton type="primary" loading={busy} disabled={busy} onClick={() => void save()}>
              {t.save}
            </AtButton>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
