import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as proxyApi from '@/services/proxy';
import * as storageApi from '@/services/storage';
import { newKey } from '@/state/requestOutbox';
import { proxyText } from '@/text/proxy';
import { submitWithNotice } from '@/utils/submit';
import { caseProblems, EMPTY_FORM, type CaseField, type CaseForm } from './caseForm';

/**
 * Where a case's photos go: under the agent's own folder (the server says
 * which, and accepts no file from elsewhere), one folder per key, so a
 * retry overwrites, never duplicates.
 */
export function proxyPhotoPath(folder: string | null, key: string, name: string): string {
  return `${folder ?? 'proxy/'}${key}/${name}`;
}

/**
 * 新办代办's state: the catalogue and the agent's grids, the form, and the
 * opening, under one key kept until answered (a retry opens one case).
 */
export function useOpenCase() {
  const options = useRemote(() => proxyApi.catalogue());
  const [form, setForm] = useState<CaseForm>(EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const key = useRef(newKey('proxy'));
  const errors = useFieldErrors<CaseField>();
  const grids = options.data?.grids ?? [];
  const gridId = form.gridId ?? (grids.length === 1 ? grids[0].id : null);
  const item = options.data?.items.find((candidate) => candidate.id === form.itemId) ?? null;

  const set = (fields: Partial<CaseForm>) => {
    for (const field of Object.keys(fields) as CaseField[]) errors.clear(field);
    setForm((current) => ({ ...current, ...fields, ...(fields.itemId !== undefined ? { checked: [] } : {}) }));
  };
  const toggle = (material: string) =>
    set({ checked: form.checked.includes(material) ? form.checked.filter((m) => m !== material) : [...form.checked, material] });

  const submit = async () => {
    const filled = { ...form, gridId };
    if (busy || errors.show(caseProblems(filled)) || !filled.itemId || !filled.gridId) return;
    setBusy(true);
    const clientKey = key.current;
    const sent = await submitWithNotice(async () => {
      const photos: string[] = [];
      for (const [i, local] of filled.photos.entries())
        photos.push(await storageApi.uploadPhoto(local, proxyPhotoPath(options.data?.uploadFolder ?? null, clientKey, `${i + 1}.jpg`)));
      return proxyApi.openCase({
        clientKey,
        itemId: filled.itemId as string,
        gridId: filled.gridId as string,
        residentName: filled.residentName.trim(),
        residentPhone: filled.residentPhone.trim(),
        household: filled.household.trim(),
        checked: filled.checked,
        photos,
      });
    }, proxyText.steps.saved);
    setBusy(false);
    if (!sent.ok) {
      errors.showHints(sent.error);
      return;
    }
    key.current = newKey('proxy');
    await Taro.redirectTo({ url: `/packages/proxy/case/index?id=${sent.value.case.id}` });
  };

  return { options, form, gridId, item, set, toggle, submit, busy, errors: errors.errors };
}
