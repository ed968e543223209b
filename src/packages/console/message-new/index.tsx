import { Textarea, View } from '@tarojs/components';
import Button from '@/components/Button';
import Switch from '@/components/Switch';
import FormField from '@/components/FormField';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { messagesText } from '@/text/messages';
import { textLimits, UNCUT } from '@/utils/textLimit';
import { useNewMessage } from './useNewMessage';
import '../common.scss';

const t = messagesText;

/** 写留言: words, an optional photo, consent to publish; one key per message so a retry never posts twice. */
export default function NewMessagePage() {
  const { text, setText, photos, setPhotos, consent, setConsent, busy, errors, send } = useNewMessage();
  return (
    <PageShell className="gt-cs-new">
      <View className="gt-cs__card">
        <FormField label={t.textLabel} error={errors.text} count={{ value: text, max: textLimits.messageText }}>
          <Textarea
            className="gt-cs__textarea gt-cs-new__text"
            value={text}
            maxlength={UNCUT}
            placeholder={t.textPlaceholder}
            onInput={(event) => setText(event.detail.value)}
          />
        </FormField>
        <FormField label={t.photosLabel}>
          <PhotoPicker photos={photos} max={3} onChange={setPhotos} />
        </FormField>
        <Switch title={t.consent} checked={consent} border={false} onChange={(value: boolean) => setConsent(value)} />
        <View className="gt-cs__line">{t.consentHint}</View>
        <View className="gt-cs__actions">
          <Button type="primary" loading={busy} disabled={busy} onClick={() => void send()}>
            {t.send}
          </Button>
        </View>
      </View>
    </PageShell>
  );
}
