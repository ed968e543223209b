import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import type { MessageDetailDto } from '@contract';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import { messagesText } from '@/text/messages';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { formatDateTime } from '@/utils/time';
import type { MessageThread } from './useMessageThread';

const t = messagesText;

/** 转交同事: a note and the colleague to hand it to. */
function HandOverPanel({ thread, message }: { thread: MessageThread; message: MessageDetailDto }) {
  const { note, setNote } = thread.draft;
  return (
    <View>
      <FormField label={t.handOverNote} error={thread.errors.note} count={{ value: note, max: textLimits.handOverNote }}>
        <Textarea className="gt-cs__textarea" value={note} maxlength={UNCUT} onInput={(event) => setNote(event.detail.value)} />
      </FormField>
      <ChoiceList
        options={message.colleagues.map((c) => ({ key: c.id, label: c.name }))}
        selected={null}
        onSelect={(key) => void thread.handOver(key)}
      />
    </View>
  );
}

/** Staff's tools on a thread: turn it into a 诉求, hand it over, publish it, and its 处理记录. */
export default function StaffTools({ thread, message }: { thread: MessageThread; message: MessageDetailDto }) {
  const { can, panel } = thread;
  return (
    <View className="gt-cs__card">
      {can('toRequest') && (
        <Button className="gt-cs-detail__to-request" onClick={() => void thread.showCategories()}>
          {t.toRequest}
        </Button>
      )}
      {panel === 'toRequest' && (
        <View>
          <View className="gt-cs__line">{t.toRequestPick}</View>
          <ChoiceList
            options={thread.categories.map((c) => ({ key: c.id, label: c.name }))}
            selected={null}
            onSelect={(key) => void thread.toRequest(key)}
          />
        </View>
      )}
      {can('handOver') && (
        <View className="gt-cs__actions">
          <Button onClick={() => thread.setPanel('handOver')}>{t.handOver}</Button>
        </View>
      )}
      {panel === 'handOver' && <HandOverPanel thread={thread} message={message} />}
      {can('publish') && (
        <View className="gt-cs__actions">
          <Button onClick={() => void thread.publish()}>{t.publish}</Button>
        </View>
      )}
      {message.events.length > 0 && <View className="gt-cs__heading">{t.events}</View>}
      {message.events.map((e) => (
        <View key={e.id} className="gt-cs__line">
          {formatDateTime(e.at)} {e.what}
          {e.note ? `：${e.note}` : ''}
        </View>
      ))}
    </View>
  );
}
