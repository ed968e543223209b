import { View } from '@tarojs/components';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoStrip from '@/components/PhotoStrip';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import { messagesText } from '@/text/messages';
import { formatDate } from '@/utils/time';
import '../common.scss';

const t = messagesText;

/** 网谈回音: published questions and answers, nobody named. */
export default function BoardPage() {
  const board = useRemote(messagesApi.board);
  const items = board.data;
  return (
    <PageShell className="gt-cs-board">
      <LoadState loading={board.loading} error={board.error} onRetry={board.reload} hasData={items !== null}>
        {items && items.length === 0 && <View className="gt-cs__empty">{t.boardEmpty}</View>}
        {items &&
          items.map((entry) => (
            <View key={entry.id} className="gt-cs__card">
              <View className="gt-cs__line">
                {entry.place} · {formatDate(entry.publishedAt)}
              </View>
              {entry.posts.map((p) => (
                <View key={p.id} className={`gt-cs__post${p.fromStaff ? ' gt-cs__post--staff' : ''}`}>
                  <View className="gt-cs__line">{p.author}</View>
                  <View className="gt-cs__text">{p.text}</View>
                  <PhotoStrip photos={p.photos} />
                </View>
              ))}
            </View>
          ))}
      </LoadState>
    </PageShell>
  );
}
