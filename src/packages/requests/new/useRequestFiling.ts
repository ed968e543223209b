import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { SimilarRequestDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as requestsApi from '@/services/requests';
import * as subscribeApi from '@/services/subscribe';
import { onProfileChanged } from '@/state/events';
import { showFailure, showNotice } from '@/state/notice';
import { clearDraft, loadDraft, saveDraft, type RequestDraft } from '@/state/requestDraft';
import { fileRequest } from '@/state/requestOutbox';
import { deviceText } from '@/text/device';
import { requestsText } from '@/text/requests';
import { showDeviceFailure } from '@/utils/deviceFailure';
import { checkFiling, filingOf } from './filing';

const DETAIL_URL = '/packages/requests/detail/index';
const LIST_URL = '/pages/request-list/index';
const t = requestsText.filing;

/** The draft, kept on the device at every change. */
function useDraft() {
  const [draft, setDraft] = useState<RequestDraft>(loadDraft);
  const change = (fields: Partial<RequestDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...fields };
      saveDraft(next);
      return next;
    });
  };
  return { draft, change };
}

/** 此问题已有人反映: others' open requests of the same grid and category, on the second screen. */
function useSimilar(draft: RequestDraft, gridId: string | null): SimilarRequestDto[] {
  const [similar, setSimilar] = useState<SimilarRequestDto[]>([]);
  useEffect(() => {
    if (draft.step !== 2 || !gridId || !draft.categoryId) return;
    let current = true;
    requestsApi.similar(gridId, draft.categoryId).then(
      (items) => current && setSimilar(items.filter((item) => !item.own)),
      () => current && setSimilar([]),
    );
    return () => {
      current = false;
    };
  }, [draft.step, gridId, draft.categoryId]);
  return similar;
}

/**
 * 我要反映's state and calls: the form options, the draft, similar
 * requests, following one instead, the map, and sending through the outbox.
 */
export function useRequestFiling() {
  const options = useRemote(requestsApi.formOptions);
  const { draft, change } = useDraft();
  const [submitting, setSubmitting] = useState(false);
  const data = options.data;
  const gridId = draft.gridId ?? data?.homeGrid?.grid.id ?? null;
  const similar = useSimilar(draft, gridId);
  // 绑定手机号 on the contact step changes what the form must still ask.
  useEffect(() => onProfileChanged(options.reload), [options.reload]);

  const followInstead = async (item: SimilarRequestDto) => {
    // In the tap: followers hear when it is resolved.
    void subscribeApi.askToSubscribe(data?.subscribeTemplateIds ?? []);
    try {
      await requestsApi.follow(item.id);
      clearDraft();
      void Taro.redirectTo({ url: `${DETAIL_URL}?id=${item.id}` });
    } catch (error) {
      showFailure(error, 3000);
    }
  };

  const toStep3 = () => {
    if (draft.text.trim().length === 0) return showNotice(t.needText, 'error', 2500);
    change({ step: 3 });
  };

  const pickOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({});
      change({ address: draft.address || place.address || place.name, latitude: place.latitude, longitude: place.longitude });
    } catch (error) {
      // Closing the map is silent; a refusal or a missing declaration is said, with what to do.
      await showDeviceFailure(error, deviceText.location);
    }
  };

  const submit = async () => {
    if (submitting || !data) return;
    const check = checkFiling(draft, data, gridId);
    if ('problem' in check) return showNotice(check.problem, 'error', check.ms);
    // Must run inside the tap: WeChat asks "allow messages about this request?".
    await subscribeApi.askToSubscribe(data.subscribeTemplateIds);
    setSubmitting(true);
    showNotice(t.submitting, 'loading', 0);
    try {
      const result = await fileRequest(filingOf(draft, data, check), draft.photos, draft.categoryName);
      clearDraft();
      if (result) {
        showNotice(t.submitted, 'success', 2000);
        void Taro.redirectTo({ url: `${DETAIL_URL}?id=${result.request.id}` });
      } else {
        showNotice(t.savedOffline, '', 4000);
        void Taro.switchTab({ url: LIST_URL });
      }
    } catch (error) {
      showFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  return { options, data, draft, change, gridId, similar, submitting, submit, followInstead, toStep3, pickOnMap };
}

export type RequestFiling = ReturnType<typeof useRequestFiling>;
