import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { PostEventDto, StaffPostDto } from '@contract';
import ChoiceChips from '@/components/ChoiceChips';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import { useReloadOnShow } from '@/hooks/useReloadOnShow';
import { useRemote } from '@/hooks/useRemote';
import { api, isCloudError } from '@/services';
import { showNotice } from '@/state/notice';
import { commonText } from '@/text/common';
import { partyText } from '@/text/party';
import { chinaDay } from '@/utils/time';
import '../party.scss';

const t = partyText.staffPosts;
const FORM = '/packages/party/post-form/index';

/** 岗位管理: staff set up, change and close the posts of the grids they are responsible for. */
export default function StaffPostsPage() {
  const gridRef = useRef<string | undefined>(undefined);
  const load = useCallback(() => api.posts.getStaffPosts(gridRef.current), []);
  const remote = useRemote(load);
  useReloadOnShow(remote.reload);
  const data = remote.data;

  return (
    <PageShell className="gt-staff-posts">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={data !== null}>
        {data && (
          <View>
            <View className="gt-party__intro">
              {data.scope.name} · {t.limit(data.maxActivePosts)}
            </View>
            {data.villages.map(({ village, grids }) => (
              <View key={village.id} className="gt-party__bar">
                <View className="gt-party__meta">{village.name}</View>
                <ChoiceChips
                  options={grids.map((grid) => ({ value: grid.id, label: grid.name }))}
                  selected={[data.grid.id]}
                  onToggle={(gridId) => {
                    gridRef.current = gridId;
                    remote.reload();
                  }}
                />
              </View>
            ))}
            <View className="gt-party__submit">
              <AtButton type="primary" className="gt-staff-posts__add" onClick={() => Taro.navigateTo({ url: `${FORM}?gridId=${encodeURIComponent(data.grid.id)}` })}>
                {t.add}
              </AtButton>
            </View>
            {data.posts.length === 0 && <View className="gt-party__empty">{t.empty}</View>}
            {data.posts.map((post) => (
              <StaffPostCard key={post.id} post={post} onChanged={remote.reload} />
            ))}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}

function StaffPostCard({ post, onChanged }: { post: StaffPostDto; onChanged: () => void }) {
  const closing = usePromptAction((reason) => api.posts.closePost(post.id, reason), t.closed, 'reason', onChanged);
  const [history, setHistory] = useState<PostEventDto[] | null>(null);
  const open = post.status === 'open';

  const toggleHistory = async () => {
    if (history) {
      setHistory(null);
      return;
    }
    try {
      setHistory((await api.posts.getPostHistory(post.id)).events);
    } catch (err) {
      showNotice(isCloudError(err) ? err.message : commonText.unknownError, 'error', 3000);
    }
  };

  return (
    <View className={`gt-party__card gt-staff-posts__post ${open ? '' : 'gt-party__card--muted'}`} data-post-id={post.id}>
      <View className="gt-party__head">
        <View>
          <Text className="gt-party__tag">{post.kind.name}</Text>
          <Text className="gt-party__title">{post.title}</Text>
        </View>
        <Text className="gt-party__meta">{partyText.posts.capacity(post.held, post.capacity)}</Text>
      </View>
      <View className="gt-party__meta">{post.duties}</View>
      {!open && <View className="gt-party__meta gt-party__status--ended">{t.closedBecause(post.closeReason ?? '')}</View>}
      {post.holders.map((holder) => (
        <View key={`${holder.name}-${holder.claimedAt}`} className="gt-party__item">
          <Text className="gt-party__text">
            {holder.name} {holder.maskedPhone}
          </Text>
          <View className="gt-party__meta">
            {partyText.record.commitment}
            {holder.commitment}
          </View>
        </View>
      ))}
      {!closing.open && (
        <View className="gt-party__actions">
          {open && (
            <View className="gt-party__action">
              <AtButton onClick={() => Taro.navigateTo({ url: `${FORM}?gridId=${encodeURIComponent(post.grid.id)}&postId=${encodeURIComponent(post.id)}` })}>
                {t.edit}
              </AtButton>
            </View>
          )}
          {open && (
            <View className="gt-party__action">
              <AtButton onClick={() => closing.setOpen(true)}>{t.close}</AtButton>
            </View>
          )}
          <View className="gt-party__action">
            <AtButton className="gt-staff-posts__history" onClick={() => void toggleHistory()}>
              {history ? t.hideHistory : t.history}
            </AtButton>
          </View>
        </View>
      )}
      {closing.open && (
        <TextPrompt
          label={t.closeReason}
          placeholder={t.closePlaceholder}
          confirmText={t.confirmClose}
          error={closing.error}
          saving={closing.saving}
          onCancel={() => closing.setOpen(false)}
          onConfirm={(reason) => void closing.submit(reason)}
        />
      )}
      {history && (
        <View className="gt-party__form">
          {history.map((event, index) => (
            <View key={`${event.at}-${index}`} className="gt-party__item">
              <View className="gt-party__meta">
                {chinaDay(event.at)} · {event.actorName}
                {event.memberName && event.memberName !== event.actorName ? ` · ${event.memberName}` : ''}
              </View>
              <View className="gt-party__text">{event.summary}</View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
