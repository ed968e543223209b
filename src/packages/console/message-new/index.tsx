import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton, AtSwitch } from 'taro-ui';
import FormField from '@/components/FormField';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import * as subscribeApi from '@/services/subscribe';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { messagesText } from '@/text/messages';
import { submitWithNotice } from '@/utils/submit';
import { uploadMessagePhotos } from '../uploadMessagePhotos';
import '../common.scss';

const t = messagesText;

/** 写留言: words, an optional photo, consent to publish; one key per message so a retry never posts twice. */
export default function NewMessagePage() {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const clientKey = useRef(newKey('msg'));
  // The reply notice's template, loaded with the page: the tap must ask at once (WeChat allows it only there).
  const templates = useRemote(messagesApi.mine);

  const send = async () => {
    if (text.trim().length === 0) {
      showNotice(t.needText, 'error', 2500);
      return;
    }
    const asked = subscribeApi.askToSubscribe(templates.data?.subscribeTemplateIds ?? messagesApi.knownReplyTemplateIds());
    setBusy(true);
    await asked;
    const result = await submitWithNotice(async () => {
      const fileIds = await uploadMessagePhotos(clientKey.current, photos);
      return messagesApi.leave({ clientKey: clientKey.current, text, photos: fileIds, publicConsent: consent });
    }, t.sent);
    setBusy(false);
    if (result.ok) void Taro.redirectTo({ url: `/packages/console/message-detail/index?id=${result.value.message.id}` });
  };

  return (
    <PageShell className="gt-cs-new">
      <View className="gt-cs__card">
        <FormField label={t.textLabel}>
          <Textarea
            className="gt-cs__textarea gt-cs-new__text"
            value={text}
            maxlength={500}
            placeholder={t.textPlaceholder}
            onInput={(event) => setText(event.detail.value)}
          />
        </FormField>
        <FormField label={t.photosLabel}>
          <PhotoPicker photos={photos} max={3} onChange={setPhotos} />
        </FormField>
        <AtSwitch title={t.consent} checked={consent} border={false} onChange={(value: boolean) => setConsent(value)} />
        <View className="gt-cs__line">{t.consentHint}</View>
        <View className="gt-cs__actions">
          <AtButton type="primary" loading={busy} disabled={busy} onClick={() => void send()}>
            {t.send}
          </AtButton>
        </View>
      </View>
    </PageShell>
  );
}
