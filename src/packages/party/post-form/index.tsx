import { Input, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { AtButton } from 'taro-ui';
import ChoiceChips from '@/components/ChoiceChips';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { fieldErrors } from '@/utils/fieldErrors';
import { submitWithNotice } from '@/utils/submit';
import '../party.scss';

const t = partyText.postForm;

interface Draft {
  kindId: string;
  title: string;
  duties: string;
  capacity: string;
}

/** A post of a grid, new (`gridId`) or existing (`gridId` and `postId`). */
export default function PostFormPage() {
  const router = useRouter();
  const gridId = decodeURIComponent(router.params.gridId ?? '');
  const postId = router.params.postId ? decodeURIComponent(router.params.postId) : null;
  const load = useCallback(() => postsApi.getStaffPosts(gridId || undefined), [gridId]);
  const remote = useRemote(load);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!remote.data || draft) return;
    const post = postId ? remote.data.posts.find((candidate) => candidate.id === postId) : undefined;
    setDraft(
      post
        ? { kindId: post.kind.id, title: post.title, duties: post.duties, capacity: String(post.capacity) }
        : { kindId: '', title: '', duties: '', capacity: '2' },
    );
  }, [remote.data, draft, postId]);

  const change = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  const save = async () => {
    if (!draft || !remote.data || saving) return;
    setSaving(true);
    const fields = { kindId: draft.kindId, title: draft.title, duties: draft.duties, capacity: Number(draft.capacity) };
    const result = await submitWithNotice(
      () => (postId ? postsApi.editPost({ postId, ...fields }) : postsApi.createPost({ gridId: remote.data!.grid.id, ...fields })),
      t.saved,
    );
    setSaving(false);
    if (result.ok) setTimeout(() => Taro.navigateBack(), 800);
    else setErrors(fieldErrors(result.error));
  };

  return (
    <PageShell className="gt-post-form">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={remote.data !== null}>
        {remote.data && draft && (
          <View className="gt-party__card">
            <View className="gt-party__meta">
              {t.grid}：{remote.data.grid.name}
            </View>
            <FormField label={t.kind} error={errors.kindId}>
              <ChoiceChips
                options={remote.data.kinds.map((kind) => ({ value: kind.id, label: kind.name }))}
                selected={[draft.kindId]}
                onToggle={(kindId) => change({ kindId })}
              />
            </FormField>
            <FormField label={t.title} error={errors.title}>
              <Input className="gt-field__input" value={draft.title} maxlength={30} placeholder={t.titlePlaceholder} onInput={(e) => change({ title: e.detail.value })} />
            </FormField>
            <FormField label={t.duties} error={errors.duties}>
              <Textarea className="gt-field__textarea" value={draft.duties} maxlength={300} placeholder={t.dutiesPlaceholder} onInput={(e) => change({ duties: e.detail.value })} />
            </FormField>
            <FormField label={t.capacity} error={errors.capacity}>
              <Input className="gt-field__input" type="number" value={draft.capacity} maxlength={2} onInput={(e) => change({ capacity: e.detail.value })} />
            </FormField>
            <AtButton type="primary" loading={saving} onClick={() => void save()}>
              {t.save}
            </AtButton>
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
