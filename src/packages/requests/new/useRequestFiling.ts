import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { FormOptionsDto, SimilarRequestDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as requestHandlingApi from '@/services/requestHandling';
import * as subscribeApi from '@/services/subscribe';
import { onProfileChanged } from '@/state/events';
import { loadFormOptions } from '@/state/formOptionsKept';
import { hideNotice, showFailure, showNotice } from '@/state/notice';
import { clearDraft, emptyDraft, loadDraft, saveDraft, type RequestDraft } from '@/state/requestDraft';
import { fileRequest } from '@/state/requestFiling';
import { requestsText } from '@/text/requests';
import { showDeviceFailure } from '@/utils/deviceFailure';
import { useSavedFilings } from '../saved/useSavedFilings';
import { filingOf, filingProblems, refusalProblems, stepWithProblem, whatProblems, type FilingField } from './filing';

const DETAIL_URL = '/packages/requests/detail/index';
const t = requestsText.filing;

/** The field a draft key is shown in: changing it takes the field's error mark away. */
const FIELD_OF: Partial<Record<keyof RequestDraft, FilingField>> = {
  categoryId: 'category',
  text: 'text',
  gridId: 'grid',
  address: 'address',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  noPhone: 'contactPhone',
};

/** The draft, kept on the device at every change, and what it still has to fix, by field. */
function useDraft() {
  const [draft, setDraft] = useState<RequestDraft>(loadDraft);
  const errors = useFieldErrors<FilingField>();
  const change = (fields: Partial<RequestDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...fields };
      saveDraft(next);
      return next;
    });
    for (const key of Object.keys(fields) as Array<keyof RequestDraft>) {
      const field = FIELD_OF[key];
      if (field) errors.clear(field);
    }
    for (const id of Object.keys(fields.answers ?? {})) errors.clear(`answer.${id}`);
  };
  /** The filing went (or waits in the outbox): a fresh form, with a new key. */
  const restart = () => {
    clearDraft();
    setDraft(emptyDraft());
    errors.reset();
  };
  return { draft, change, restart, errors };
}

/** 此问题已有人反映: others' open requests of the same grid and category, on the second screen. */
function useSimilar(draft: RequestDraft, gridId: string | null): SimilarRequestDto[] {
  const [similar, setSimilar] = useState<SimilarRequestDto[]>([]);
  useEffect(() => {
    if (draft.step !== 2 || !gridId || !draft.categoryId) return;
    let current = true;
    requestHandlingApi.similar(gridId, draft.categoryId).then(
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
 * 提交: through the outbox. Sent: on to the request. No network: the form
 * starts afresh and the filing shows as a card saved on the phone (the page
 * is already loaded; another page's code may not be fetchable offline),
 * which says 已发送 once the outbox sends it.
 */
function useSubmit(
  data: FormOptionsDto | null,
  draft: RequestDraft,
  gridId: string | null,
  checked: (options: FormOptionsDto) => boolean,
  restart: () => void,
  refused: (error: unknown) => void,
) {
  const [submitting, setSubmitting] = useState(false);
  const saved = useSavedFilings('submit');
  const submit = async () => {
    if (submitting || !data) return;
    if (!checked(data) || !gridId || !draft.categoryId) return;
    // Must run inside the tap: WeChat asks "allow messages about this request?".
    await subscribeApi.askToSubscribe(data.subscribeTemplateIds);
    setSubmitting(true);
    showNotice(t.submitting, 'loading', 0);
    try {
      const result = await fileRequest(filingOf(draft, data, gridId, draft.categoryId), draft.photos, draft.categoryName);
      restart();
      if (result) {
        showNotice(t.submitted, 'success', 2000);
        void Taro.redirectTo({ url: `${DETAIL_URL}?id=${result.request.id}` });
      } else {
        hideNotice();
        saved.track(draft.clientKey);
        // The card is at the top; a page that cannot scroll just stays where it is.
        void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
      }
    } catch (error) {
      hideNotice();
      refused(error);
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, submit, saved };
}

/**
 * 我要反映's state and calls: the form options, the draft, similar
 * requests, following one instead, the map, and sending through the outbox.
 */
export function useRequestFiling() {
  const options = useRemote(loadFormOptions);
  const { draft, change, restart, errors } = useDraft();
  const data = options.data;
  const gridId = draft.gridId ?? data?.homeGrid?.grid.id ?? null;
  const similar = useSimilar(draft, gridId);
  // 绑定手机号 on the contact step changes what the form must still ask.
  useEffect(() => onProfileChanged(options.reload), [options.reload]);

  const followInstead = async (item: SimilarRequestDto) => {
    // In the tap: followers hear when it is resolved.
    void subscribeApi.askToSubscribe(data?.subscribeTemplateIds ?? []);
    try {
      await requestHandlingApi.follow(item.id);
      clearDraft();
      void Taro.redirectTo({ url: `${DETAIL_URL}?id=${item.id}` });
    } catch (error) {
      showFailure(error, 3000);
    }
  };

  const toStep3 = () => {
    if (!errors.show(whatProblems(draft, data))) change({ step: 3 });
  };

  /** Marks every problem at its field, on the first screen that has one; true when the draft can go. */
  const checked = (options: FormOptionsDto): boolean => {
    const problems = filingProblems(draft, options, gridId);
    const step = stepWithProblem(problems);
    if (step === null) return true;
    if (step !== draft.step) change({ step });
    // The category screen is a grid of tiles with no field to mark.
    if (problems.category) showNotice(problems.category, 'error', 2500);
    errors.show(problems);
    return false;
  };

  /** A refusal marks its fields on their screen, like the form's own checks; anything else is a toast. */
  const refused = (error: unknown) => {
    const problems = refusalProblems(error);
    const step = stepWithProblem(problems);
    if (step === null) return showFailure(error);
    if (step !== draft.step) change({ step });
    if (problems.category) showNotice(problems.category, 'error', 2500);
    errors.show(problems);
  };

  const pickOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({});
      change({ address: draft.address || place.address || place.name, latitude: place.latitude, longitude: place.longitude });
    } catch (error) {
      // Closing the map is silent; a refusal or a missing declaration is said, with what to do.
      await showDeviceFailure(error, requestsText.mapLocation);
    }
  };

  const submit = useSubmit(data, draft, gridId, checked, restart, refused);

  return { options, data, draft, change, errors: errors.errors, gridId, similar, ...submit, followInstead, toStep3, pickOnMap };
}

export type RequestFiling = ReturnType<typeof useRequestFiling>;
