import { Text, View } from '@tarojs/components';
import { useCallback, useRef } from 'react';
import Button from '@/components/Button';
import type { BrowsePostDto } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import * as postsApi from '@/services/posts';
import { partyText } from '@/text/party';
import { textLimits } from '@/utils/textLimit';
import PostHolder from '../PostHolder';
import '../party.scss';

const t = partyText.posts;
const ALL = '';

/** 认领岗位: the open posts of the member's grid and the grids beside it, by kind; claim one with a commitment. */
export default function PostsPage() {
  const filter = useRef<{ gridId?: string; kindId?: string }>({});
  const load = useCallback(() => postsApi.browsePosts(filter.current), []);
  const remote = useRemote(load);
  useReloadOnShow(remote.reload);

  const data = remote.data;
  const pick = (patch: { gridId?: string; kindId?: string }) => {
    filter.current = { ...filter.current, ...patch };
    if (!filter.current.kindId) delete filter.current.kindId;
    remote.reload();
  };

  return (
    <PageShell className="gt-posts">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__intro gt-posts__limit">{t.limit(data.activeCount, data.maxActivePosts)}</View>
            <View className="gt-party__bar">
              <View className="gt-party__meta">{data.village.name}</View>
              <ChoiceChips
                className="gt-posts__grids"
                options={data.grids.map((grid, index) => ({ value: grid.id, label: index === 0 ? `${grid.name}${t.myGrid}` : grid.name }))}
                selected={[data.grid.id]}
                onToggle={(gridId) => pick({ gridId })}
              />
              <ChoiceChips
                className="gt-posts__kinds"
                options={[{ value: ALL, label: t.allKinds }, ...data.kinds.map((kind) => ({ value: kind.id, label: kind.name }))]}
                selected={[data.kindId ?? ALL]}
                onToggle={(kindId) => pick({ kindId })}
              />
            </View>
            {data.posts.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
            {data.posts.map((post) => (
              <PostCard key={post.id} post={post} onClaimed={remote.reload} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

function PostCard({ post, onClaimed }: { post: BrowsePostDto; onClaimed: () => void }) {
  const claim = usePromptAction((commitment) => postsApi.claimPost(post.id, commitment), t.claimed, 'commitment', onClaimed);
  const full = post.held >= post.capacity;

  return (
    <View className="gt-party__card gt-posts__post" data-post-id={post.id}>
      <View className="gt-party__head">
        <View>
          <Text className="gt-party__tag">{post.kind.name}</Text>
          <Text className="gt-party__title gt-posts__title">{post.title}</Text>
        </View>
        <Text className="gt-party__meta">{t.capacity(post.held, post.capacity)}</Text>
      </View>
      {post.suitsMe && <View className="gt-party__badge">{t.suitsMe}</View>}
      <View className="gt-party__text">{post.duties}</View>
      <View className="gt-party__meta">{t.holders}</View>
      {post.holders.length === 0 && <View className="gt-party__meta">{t.noHolders}</View>}
      {post.holders.map((holder) => (
        <PostHolder key={`${holder.name}-${holder.claimedAt}`} holder={holder} className="gt-posts__holder" />
      ))}
      {!claim.open && (
        <View className="gt-party__actions">
          <View className="gt-party__action">
            <Button
              className="gt-posts__claim"
              type={post.mine || full ? 'secondary' : 'primary'}
              disabled={post.mine || full}
              onClick={() => claim.setOpen(true)}
            >
              {post.mine ? t.mine : full ? t.full : t.claim}
            </Button>
          </View>
        </View>
      )}
      {claim.open && (
        <TextPrompt
          className="gt-posts__claim-form"
          label={t.commitment}
          placeholder={t.commitmentPlaceholder}
          confirmText={t.confirmClaim}
          maxLength={textLimits.commitment}
          error={claim.error}
          saving={claim.saving}
          onCancel={() => claim.setOpen(false)}
          onConfirm={(commitment) => void claim.submit(commitment)}
        />
      )}
    </View>
  );
}
