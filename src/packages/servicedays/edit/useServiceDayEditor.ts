import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useRemote } from '@/hooks/useRemote';
import { isCloudError } from '@/services';
import * as servicedaysApi from '@/services/servicedays';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { servicedaysText } from '@/text/servicedays';
import { formFrom, saveInputOf, type FormPatch, type ServiceDayForm } from './serviceDayForm';

/**
 * 设置服务日's state and calls: the service days and places the person
 * manages, the form, and saving; a refusal lists what it would affect
 * (bookings on dates that go) and which fields are wrong.
 */
export function useServiceDayEditor(id: string | undefined) {
  const list = useRemote(servicedaysApi.listServiceDays);
  const [form, setForm] = useState<ServiceDayForm | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (list.data && !form) setForm(formFrom(list.data, id));
  }, [list.data, form, id]);

  const set = (patch: FormPatch) => setForm((f) => (f ? { ...f, ...patch } : f));
  const version = list.data?.serviceDays.find((d) => d.id === id)?.version;

  const save = async () => {
    if (!form) return;
    setBusy(true);
    setDetails([]);
    try {
      await servicedaysApi.saveServiceDay(saveInputOf(form, id, version));
      showNotice(servicedaysText.saved, 'success');
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

  return { list, places: list.data?.places ?? [], form, set, details, busy, save };
}
