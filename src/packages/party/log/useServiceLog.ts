import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import { useStepKey } from '@/hooks/useStepKey';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { submitWithNotice } from '@/utils/submit';
import { overLimit, requiredText, textLimits } from '@/utils/textLimit';
import { chinaDay } from '@/utils/time';
import { useLogPhotos } from './useLogPhotos';

export interface LogDraft {
  postId: string;
  date: string;
  hours: number;
  content: string;
  household: string;
}

/**
 * 记录服务's state and calls: the member's active posts, the entry being
 * written (post, date since the claim, hours, what, for whom, photos) and
 * sending it for verification, under the page's step key (useStepKey: kept
 * until it is answered, so a resend after a lost answer records it once).
 */
export function useServiceLog(initialPostId: string) {
  const load = useCallback(() => postsApi.getMyRecord(), []);
  const remote = useRemote(load);
  const today = chinaDay(new Date().toISOString());
  const [draft, setDraft] = useState<LogDraft>({ postId: initialPostId, date: today, hours: 1, content: '', household: '' });
  const fields = useFieldErrors<string>();
  const [saving, setSaving] = useState(false);
  const key = useStepKey('log', remote.data, remote.reload);
  const photos = useLogPhotos(remote.data?.photoPathPrefix);
  const change = (patch: Partial<LogDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) fields.clear(key);
  };

  const active = remote.data?.claims.filter((claim) => claim.status === 'active') ?? [];
  // The first active post is chosen for the person who came without one (a new list each render, so its id is the dependency).
  const firstActivePostId = active[0]?.postId;
  useEffect(() => {
    if (!draft.postId && firstActivePostId) setDraft((current) => ({ ...current, postId: firstActivePostId }));
  }, [draft.postId, firstActivePostId]);
  const claim = active.find((candidate) => candidate.postId === draft.postId);

  const submit = async () => {
    if (!claim || saving) return;
    const { date, hours, content, household } = draft;
    const problems = {
      content: requiredText(content, partyText.log.needContent, textLimits.serviceContent),
      household: overLimit(household, textLimits.serviceHousehold),
    };
    if (fields.show(problems)) return;
    setSaving(true);
    const result = await submitWithNotice(
      () =>
        postsApi.logService({
          clientKey: key.current,
          postId: claim.postId,
          date,
          hours,
          content,
          photos: photos.photos.map((photo) => photo.fileId),
          ...(household.trim() ? { household } : {}),
        }),
      partyText.log.submitted,
    );
    setSaving(false);
    key.settle(result);
    if (!result.ok) return void fields.showHints(result.error);
    setTimeout(() => {
      if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
      else void Taro.redirectTo({ url: '/packages/party/record/index' });
    }, 800);
  };

  return {
    remote,
    active,
    draft,
    change,
    today,
    since: claim ? chinaDay(claim.claimedAt) : undefined,
    errors: fields.errors,
    saving,
    photos,
    submit,
  };
}

export type ServiceLog = ReturnType<typeof useServiceLog>;
