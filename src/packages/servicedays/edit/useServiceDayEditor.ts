import Taro from '@tarojs/taro';
import type { ServiceDayListDto } from '@contract';
import { useEffect, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useOpenedVersion } from '@/hooks/useOpenedVersion';
import { useRemote } from '@/hooks/useRemote';
import { madeBefore, useStepKey } from '@/hooks/useStepKey';
import { isCloudError } from '@/services';
import * as servicedaysApi from '@/services/servicedays';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { openMadeRecord } from '@/utils/openMadeRecord';
import { servicedaysText } from '@/text/servicedays';
import { formFrom, saveInputOf, serviceDayProblems, type FormPatch, type ServiceDayField, type ServiceDayForm } from './serviceDayForm';

function versionIn(list: ServiceDayListDto | null, id: string | undefined): number | undefined {
  return list?.serviceDays.find((d) => d.id === id)?.version;
}

/**
 * 设置服务日's state and calls: the service days and places the person
 * manages, the form, and saving; a refusal lists what it would affect
 * (bookings on dates that go) and which fields are wrong. A new one is sent
 * under the page's step key (useStepKey): the same on a resend after a lost
 * answer, so it is created once.
 */
export function useServiceDayEditor(id: string | undefined) {
  const list = useRemote(servicedaysApi.listServiceDays);
  const [form, setForm] = useState<ServiceDayForm | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (list.data && !form) setForm(formFrom(list.data, id));
  }, [list.data, form, id]);

  const errors = useFieldErrors<ServiceDayField>();
  const set = (patch: FormPatch) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    for (const key of Object.keys(patch)) if (key === 'title' || key === 'venue' || key === 'windows') errors.clear(key);
  };
  const opened = useOpenedVersion(versionIn(list.data, id), async () => versionIn(await servicedaysApi.listServiceDays(), id));
  const key = useStepKey('day', list.data, list.reload);

  const save = async () => {
    if (!form || errors.show(serviceDayProblems(form))) return;
    setBusy(true);
    setDetails([]);
    try {
      await servicedaysApi.saveServiceDay(saveInputOf(form, id, opened.version, key.current));
      key.settle({ ok: true });
      showNotice(servicedaysText.saved, 'success');
      Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/packages/servicedays/manage/index' }));
    } catch (error) {
      key.settle({ ok: false, error });
      // The key already made this service day (its answer was lost): it is opened to edit, never made a second time.
      const made = id ? null : madeBefore(error);
      if (made) return await openMadeRecord(`/packages/servicedays/edit/index?id=${encodeURIComponent(made)}`);
      if (isCloudError(error)) {
        setDetails([...(error.details ?? []), ...(error.fields ?? []).map((f) => `${f.path}：${f.message}`)]);
        showNotice(error.message, 'error', 4000);
        errors.showHints(error);
        await opened.refusedWith(error);
      } else {
        showNotice(commonText.unknownError, 'error');
      }
    } finally {
      setBusy(false);
    }
  };

  return { list, places: list.data?.places ?? [], form, set, errors: errors.errors, details, busy, save };
}
