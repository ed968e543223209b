import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import * as subscribeApi from '@/services/subscribe';
import { newKey } from '@/state/requestOutbox';
import { messagesText } from '@/text/messages';
import { submitWithNotice } from '@/utils/submit';
import { requiredText, textLimits } from '@/utils/textLimit';
import { uploadMessagePhotos } from '../uploadMessagePhotos';

const t = messagesText;

/** 写留言's state and calls: the words (kept whole, checked against the limit), photos, consent, one key per message. */
export function useNewMessage() {
  const [text, setTextState] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors<'text'>();
  const clientKey = useRef(newKey('msg'));
  // The reply notice's template, loaded with the page: the tap must ask at once (WeChat allows it only there).
  const templates = useRemote(messagesApi.mine);

  const setText = (value: string) => {
    setTextState(value);
    errors.clear('text');
  };

  const send = async () => {
    if (errors.show({ text: requiredText(text, t.needText, textLimits.messageText) })) return;
    const asked = subscribeApi.askToSubscribe(templates.data?.subscribeTemplateIds ?? messagesApi.knownReplyTemplateIds());
    setBusy(true);
    await asked;
    const result = await submitWithNotice(async () => {
      const fileIds = await uploadMessagePhotos(clientKey.current, photos);
      return messagesApi.leave({ clientKey: clientKey.current, text, photos: fileIds, publicConsent: consent });
    }, t.sent);
    setBusy(false);
    if (result.ok) void Taro.redirectTo({ url: `/packages/console/message-detail/index?id=${result.value.message.id}` });
    else errors.showHints(result.error);
  };

  return { text, setText, photos, setPhotos, consent, setConsent, busy, errors: errors.errors, send };
}
