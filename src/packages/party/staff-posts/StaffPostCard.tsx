import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import Button from '@/components/Button';
import type { PostEventDto, StaffPostDto } from '@contract';
import TextPrompt from '@/components/TextPrompt';
import { usePromptAction } from '@/hooks/usePromptAction';
import * as postsApi from '@/services/posts';
import { showFailure } from '@/state/notice';
import { partyText } from '@/text/party';
import { chinaDay } from '@/utils/time';
import PostHolder from '../PostHolder';

const t = partyText.staffPosts;
const FORM = '/packages/party/post-form/index';

/** A post's 台账, shown and hidden on demand. */
function usePostHistory(postId: string) {
  const [history, setHistory] = useState<PostEventDto[] | null>(null);
  const toggle = async () => {
    if (history) return setHistory(null);
    try {
      setHistory((await postsApi.getPostHistory(postId)).events);
    } catch (err) {
      showFailure(err, 3000);
    }
  };
  return { history, toggle };
}

/** The post's 台账: who did what when. */
function PostHistory({ history }: { history: PostEventDto[] }) {
  return (
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
  );
}

/** 修改, 关闭岗位 (open posts) and 台账. */
function PostActions({ post, onClose, history }: { post: StaffPostDto; onClose: () => void; history: ReturnType<typeof usePostHistory> }) {
  const open = post.status === 'open';
  return (
    <View className="gt-party__actions">
      {open && (
        <View className="gt-party__action">
          <Button
            onClick={() =>
              Taro.navigateTo({ url: `${FORM}?gridId=${encodeURIComponent(post.grid.id)}&postId=${encodeURIComponent(post.id)}` })
            }
          >
            {t.edit}
          </Button>
        </View>
      )}
      {open && (
        <View className="gt-party__action">
          <Button onClick={onClose}>{t.close}</Button>
        </View>
      )}
      <View className="gt-party__action">
        <Button className="gt-staff-posts__history" onClick={() => void history.toggle()}>
          {history.history ? t.hideHistory : t.history}
        </Button>
      </View>
    </View>
  );
}

/** One post as staff manage it: what it is, who holds it with their commitments, and what can be done. */
export default function StaffPostCard({ post, onChanged }: { post: StaffPostDto; onChanged: () => void }) {
  const closing = usePromptAction((reason) => postsApi.closePost(post.id, reason), t.closed, 'reason', onChanged);
  const history = usePostHistory(post.id);
  const open = post.status === 'open';
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
        <PostHolder key={`${holder.name}-${holder.claimedAt}`} holder={holder} />
      ))}
      {!closing.open && <PostActions post={post} onClose={() => closing.setOpen(true)} history={history} />}
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
      {history.history && <PostHistory history={history.history} />}
    </View>
  );
}
