import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import FormField from '@/components/FormField';
import PhotoPicker from '@/components/PhotoPicker';
import { messagesText } from '@/text/messages';
import { textLimits, UNCUT } from '@/utils/textLimit';
import type { MessageThread } from './useMessageThread';

const t = messagesText;

/** Writing again: the resident's 接着说, or staff's 答复群众. */
export default function ReplyCard({ thread, staff }: { thread: MessageThread; staff: boolean }) {
  const { text, setText, photos, setPhotos } = thread.draft;
  return (
    <View className="gt-cs__card">
      <FormField
        label={staff ? t.replyLabel : t.answerLabel}
        error={thread.errors.text}
        count={{ value: text, max: textLimits.messageText }}
      >
        <Textarea
          className="gt-cs__textarea gt-cs-detail__text"
          value={text}
          maxlength={UNCUT}
          placeholder={staff ? t.replyPlaceholder : t.answerPlaceholder}
          onInput={(event) => setText(event.detail.value)}
        />
      </FormField>
      <PhotoPicker photos={photos} max={3} onChange={setPhotos} />
      <View className="gt-cs__actions">
        <Button type="primary" className="gt-cs-detail__send" onClick={() => void thread.post()}>
          {staff ? t.replySend : t.answerSend}
        </Button>
      </View>
    </View>
  );
}
