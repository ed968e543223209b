import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import Button from '@/components/Button';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import { messagesText } from '@/text/messages';
import MessageCard from '../MessageCard';
import '../common.scss';

const t = messagesText;

/** 我的留言: the resident's threads, a big button to write a new one, the public board. */
export default function MyMessagesPage() {
  const mine = useRemote(messagesApi.mine);
  useDidShow(() => mine.reload());
  const data = mine.data;
  return (
    <PageShell className="gt-cs-messages">
      <View className="gt-cs__card">
        <Button type="primary" onClick={() => Taro.navigateTo({ url: '/packages/console/message-new/index' })}>
          {t.newMessage}
        </Button>
        <View className="gt-cs__actions">
          <Button onClick={() => Taro.navigateTo({ url: '/packages/console/board/index' })}>{t.entryBoard}</Button>
        </View>
      </View>
      <LoadState loading={mine.loading} error={mine.error} onRetry={mine.reload} hasData={data !== null}>
        {data && data.items.length === 0 && <View className="gt-cs__empty">{t.noMessages}</View>}
        {data && data.items.map((m) => <MessageCard key={m.id} message={m} />)}
      </LoadState>
    </PageShell>
  );
}
