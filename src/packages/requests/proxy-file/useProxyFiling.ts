import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as requestsApi from '@/services/requests';
import { hideNotice, showNotice } from '@/state/notice';
import { fileRequest, newKey } from '@/state/requestOutbox';
import { requestsText } from '@/text/requests';
import { proxyProblems, type ProxyField } from './proxyForm';

export interface ProxyForm {
  residentName: string;
  household: string;
  residentPhone: string;
  gridId: string;
  categoryId: string;
  text: string;
  address: string;
}

/**
 * 代办's state and calls: the resident and the matter as the grid member
 * types them, sent through the outbox under one key (kept on the device
 * until it gets through, never twice).
 */
export function useProxyFiling() {
  const options = useRemote(requestsApi.formOptions);
  const clientKey = useRef(newKey('px'));
  const [form, setForm] = useState<ProxyForm>({
    residentName: '',
    household: '',
    residentPhone: '',
    gridId: '',
    categoryId: '',
    text: '',
    address: '',
  });
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<ProxyField>();
  const set = (fields: Partial<ProxyForm>) => {
    setForm((current) => ({ ...current, ...fields }));
    for (const key of Object.keys(fields) as Array<keyof ProxyForm>) if (key !== 'gridId') errors.clear(key);
  };
  const data = options.data;
  const gridId = form.gridId || data?.servedGrids[0]?.grid.id || '';
  const category = data?.categories.find((c) => c.id === form.categoryId);

  const submit = async () => {
    if (busy || !data) return;
    if (errors.show(proxyProblems(form, category !== undefined)) || !category) return;
    setBusy(true);
    showNotice(requestsText.filing.submitting, 'loading', 0);
    try {
      const payload = {
        clientKey: clientKey.current,
        gridId,
        categoryId: category.id,
        text: form.text.trim(),
        publicName: false,
        residentName: form.residentName.trim(),
        household: form.household.trim(),
        residentPhone: form.residentPhone.trim(),
        ...(form.address.trim() ? { location: { address: form.address.trim() } } : {}),
      };
      const result = await fileRequest({ kind: 'fileOnBehalf', payload }, photos, category.name);
      if (result) {
        showNotice(requestsText.filing.submitted, 'success', 2000);
        void Taro.redirectTo({ url: `/packages/requests/detail/index?id=${result.request.id}` });
      } else {
        showNotice(requestsText.filing.savedOffline, '', 4000);
        Taro.navigateBack().catch(() => undefined);
      }
    } catch (error) {
      hideNotice();
      errors.showFailed(error);
    } finally {
      setBusy(false);
    }
  };

  return { options, data, form, set, errors: errors.errors, gridId, photos, setPhotos, busy, submit };
}

export type ProxyFiling = ReturnType<typeof useProxyFiling>;
