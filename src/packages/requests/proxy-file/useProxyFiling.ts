import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import { loadFormOptions } from '@/state/formOptionsKept';
import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { fileRequest } from '@/state/requestFiling';
import { newKey } from '@/state/requestOutbox';
import { requestsText } from '@/text/requests';
import { useSavedFilings } from '../saved/useSavedFilings';
import { answersPayload, type DraftAnswers } from '../new/answers';
import { proxyProblems, proxyRefusalProblems, type ProxyField } from './proxyForm';

export interface ProxyForm {
  residentName: string;
  household: string;
  residentPhone: string;
  gridId: string;
  categoryId: string;
  text: string;
  address: string;
  /** Answers to the category's extra questions, as typed. */
  answers: DraftAnswers;
}

const EMPTY_FORM: ProxyForm = {
  residentName: '',
  household: '',
  residentPhone: '',
  gridId: '',
  categoryId: '',
  text: '',
  address: '',
  answers: {},
};

/**
 * 代办's state and calls: the resident and the matter as the grid member
 * types them, sent through the outbox under one key (kept on the device
 * until it gets through, never twice). Without a network the form starts
 * afresh under a card of the filing saved on the phone.
 */
export function useProxyFiling() {
  const options = useRemote(loadFormOptions);
  const clientKey = useRef(newKey('px'));
  const [form, setForm] = useState<ProxyForm>(EMPTY_FORM);
  const [photos, setPhotos] = useState<string[]>([]);
  const saved = useSavedFilings('fileOnBehalf');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<ProxyField>();
  const set = (fields: Partial<ProxyForm>) => {
    setForm((current) => ({ ...current, ...fields }));
    for (const key of Object.keys(fields) as Array<keyof ProxyForm>) if (key !== 'gridId' && key !== 'answers') errors.clear(key);
    for (const id of Object.keys(fields.answers ?? {})) errors.clear(`answer.${id}`);
  };
  const data = options.data;
  const gridId = form.gridId || data?.servedGrids[0]?.grid.id || '';
  const category = data?.categories.find((c) => c.id === form.categoryId);

  const submit = async () => {
    if (busy || !data) return;
    const questions = category?.questions ?? [];
    if (errors.show(proxyProblems(form, category !== undefined, questions)) || !category) return;
    setBusy(true);
    showNotice(requestsText.filing.submitting, 'loading', 0);
    try {
      const payload = {
        clientKey: clientKey.current,
        gridId,
        categoryId: category.id,
        text: form.text.trim(),
        answers: answersPayload(questions, form.answers),
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
        // No network: a fresh form (a new key) under the card of the one saved on the phone.
        hideNotice();
        saved.track(payload.clientKey);
        clientKey.current = newKey('px');
        setForm({ ...EMPTY_FORM, gridId: form.gridId });
        setPhotos([]);
        // The card is at the top; a page that cannot scroll just stays where it is.
        void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
      }
    } catch (error) {
      hideNotice();
      if (!errors.show(proxyRefusalProblems(error))) showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return { options, data, form, set, errors: errors.errors, gridId, photos, setPhotos, busy, submit, saved };
}

export type ProxyFiling = ReturnType<typeof useProxyFiling>;
