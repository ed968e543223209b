import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { CategoryDto, RequestDetailDto, RequestStepName } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as requestHandlingApi from '@/services/requestHandling';
import * as subscribeApi from '@/services/subscribe';
import { requestsText } from '@/text/requests';
import { overLimit, textLimits } from '@/utils/textLimit';
import { fieldErrorsAt } from '@/utils/fieldErrors';
import { afterStep } from './holderPhone';
import { isPanel, panelStep, type PanelField } from './steps';
import { useStepPanel } from './useStepPanel';
import { useStepRunner } from './useStepRunner';

const PANEL_FIELDS: readonly PanelField[] = ['words', 'original', 'plan', 'targetDate'];
/** A panel's words go as the step's text, outcome, reason or explanation. */
const PANEL_FIELD_OF: Partial<Record<string, PanelField>> = {
  text: 'words',
  outcome: 'words',
  reason: 'words',
  explanation: 'words',
  duplicateOf: 'original',
  personId: 'target',
  departmentId: 'target',
};
const RATING_FIELDS = ['stars', 'comment'] as const;

/**
 * 退回: the request is no longer the department's to see, so the page is
 * left (with 已提交) for the list it came from, or the department's 待办,
 * rather than reloaded into a refusal.
 */
function handBack(work: (key: string) => Promise<RequestDetailDto>) {
  return async (key: string): Promise<null> => {
    await work(key);
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.redirectTo({ url: '/packages/requests/inbox/index' });
    return null;
  };
}

/** In the tap itself (WeChat asks only there): the next notice about this request, for whoever acts now. */
function askForNotice(request: RequestDetailDto): void {
  void subscribeApi.askToSubscribe(request.subscribeTemplateIds);
}

/**
 * The request on the 诉求详情 page and the steps this person may take on it:
 * the buttons the server allows, the panel of words a step needs, rating.
 */
export function useRequestSteps(id: string) {
  const load = useCallback(() => requestHandlingApi.detail(id), [id]);
  const remote = useRemote(load);
  const [request, setRequest] = useState<RequestDetailDto | null>(null);
  const [rating, setRatingState] = useState({ stars: 0, comment: '' });
  const ratingErrors = useFieldErrors<'stars' | 'comment'>();
  const setRating = (next: { stars: number; comment: string }) => {
    setRatingState(next);
    ratingErrors.reset();
  };
  const panel = useStepPanel(request);
  const done = (next: RequestDetailDto | null) => {
    panel.clear();
    if (!next) return;
    const after = afterStep(request, next);
    setRequest(after.request);
    // A new holder: read the request again for the number to call them.
    if (after.reload) remote.reload();
  };
  /** The server's hints at the open panel's fields, or at the rating's; false when none has a field. */
  const markHints = (error: unknown): boolean =>
    panel.panel
      ? panel.showProblems(fieldErrorsAt(error, PANEL_FIELDS, PANEL_FIELD_OF))
      : ratingErrors.show(fieldErrorsAt(error, RATING_FIELDS));
  const { busy, run } = useStepRunner(done, remote, markHints);

  useEffect(() => {
    if (remote.data) setRequest(remote.data);
  }, [remote.data]);
  useDidShow(() => {
    if (request) remote.reload();
  });

  const press = (name: RequestStepName) => {
    if (!request) return;
    if (isPanel(name)) return panel.open(name);
    if (name === 'accept' || name === 'follow') askForNotice(request);
    if (name === 'accept' || name === 'resume') return void run((key) => requestHandlingApi.step(name, request, key, {}));
    if (name === 'follow') return void run(() => requestHandlingApi.follow(request.id));
    if (name === 'unfollow') {
      return void run(async () => {
        await requestHandlingApi.unfollow(request.id);
        Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/request-list/index' }));
        return null;
      });
    }
  };

  const confirm = () => {
    if (!request || !panel.panel || panel.panel === 'recategorize') return;
    const step = panelStep(panel.panel, request, panel);
    if ('refuse' in step) return void panel.showProblems({ [step.field]: step.refuse });
    if (step.askForNotice) askForNotice(request);
    void run(panel.panel === 'returnToTownship' ? handBack(step.work) : step.work);
  };

  const rate = () => {
    if (!request) return;
    const problems = {
      stars: rating.stars === 0 ? requestsText.detail.needStars : undefined,
      comment: overLimit(rating.comment, textLimits.ratingComment),
    };
    if (ratingErrors.show(problems)) return;
    const comment = rating.comment.trim();
    void run((key) => requestHandlingApi.step('rate', request, key, { stars: rating.stars, ...(comment ? { comment } : {}) }));
  };

  const recategorize = (category: CategoryDto) => {
    if (request) void run((key) => requestHandlingApi.step('recategorize', request, key, { categoryId: category.id }));
  };

  return { remote, request, busy, panel, rating, setRating, ratingErrors: ratingErrors.errors, press, confirm, rate, recategorize };
}

export type RequestSteps = ReturnType<typeof useRequestSteps>;
