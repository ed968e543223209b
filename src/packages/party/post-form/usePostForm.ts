import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { StaffPostsDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useOpenedVersion } from '@/hooks/useOpenedVersion';
import { useRemote } from '@/hooks/useRemote';
import { madeBefore, useStepKey } from '@/hooks/useStepKey';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { submitWithNotice } from '@/utils/submit';
import { openMadeRecord } from '@/utils/openMadeRecord';
import { limitProblems, textLimits } from '@/utils/textLimit';

const t = partyText.postForm;
const POST_FORM = '/packages/party/post-form/index';

export interface Draft {
  kindId: string;
  title: string;
  duties: string;
  capacity: string;
}

/**
 * The post form's state and calls: the draft from the stored post (or a new
 * one), its checks at the field, saving. A new post is sent under the page's
 * step key (useStepKey): the same on a resend after a lost answer, so it is
 * set up once.
 */
export function usePostForm() {
  const router = useRouter();
  const gridId = decodeURIComponent(router.params.gridId ?? '');
  const postId = router.params.postId ? decodeURIComponent(router.params.postId) : null;
  const load = useCallback(() => postsApi.getStaffPosts(gridId || undefined), [gridId]);
  const remote = useRemote(load);
  const [draft, setDraft] = useState<Draft | null>(null);
  const fieldErrors = useFieldErrors<string>();
  const errors = fieldErrors.errors;
  const [saving, setSaving] = useState(false);
  const versionIn = (staffPosts: StaffPostsDto | null) => staffPosts?.posts.find((candidate) => candidate.id === postId)?.version;
  const opened = useOpenedVersion(versionIn(remote.data), async () => versionIn(await load()));
  const key = useStepKey('post', remote.data, remote.reload);

  useEffect(() => {
    if (!remote.data || draft) return;
    const post = postId ? remote.data.posts.find((candidate) => candidate.id === postId) : undefined;
    setDraft(
      post
        ? { kindId: post.kind.id, title: post.title, duties: post.duties, capacity: String(post.capacity) }
        : { kindId: '', title: '', duties: '', capacity: '2' },
    );
  }, [remote.data, draft, postId]);

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    for (const key of Object.keys(patch)) fieldErrors.clear(key);
  };

  const save = async () => {
    if (!draft || !remote.data || saving) return;
    if (fieldErrors.show(limitProblems({ title: [draft.title, textLimits.postTitle], duties: [draft.duties, textLimits.postDuties] })))
      return;
    const version = opened.version;
    // An edit is sent only with the version its post was shown at (a post not listed has none to send).
    if (postId && version === undefined) return;
    setSaving(true);
    const fields = { kindId: draft.kindId, title: draft.title, duties: draft.duties, capacity: Number(draft.capacity) };
    const result = await submitWithNotice(
      () =>
        postId && version !== undefined
          ? postsApi.editPost({ postId, version, ...fields })
          : postsApi.createPost({ gridId: remote.data!.grid.id, clientKey: key.current, ...fields }),
      t.saved,
    );
    key.settle(result);
    // The key already made this post (its answer was lost): it is opened to edit, never set up a second time.
    const made = !result.ok && !postId ? madeBefore(result.error) : null;
    if (made) await openMadeRecord(`${POST_FORM}?gridId=${encodeURIComponent(remote.data.grid.id)}&postId=${encodeURIComponent(made)}`);
    else if (result.ok) setTimeout(() => Taro.navigateBack(), 800);
    else {
      fieldErrors.showHints(result.error);
      // Another staff member saved first: the draft stays, the next save is on what is stored now.
      await opened.refusedWith(result.error);
    }
    setSaving(false);
  };

  return { remote, draft, errors, saving, change, save };
}
