import { Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { CategoryDto, MessageDetailDto } from '@contract';
import ChoiceList from '@/components/ChoiceList';
import FormField from '@/components/FormField';
import LoadState from '@/components/LoadState';
import PageShell from '@/components/PageShell';
import PhotoPicker from '@/components/PhotoPicker';
import PhotoStrip from '@/components/PhotoStrip';
import { useRemote } from '@/hooks/useRemote';
import { api } from '@/services';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { zh } from '@/text/zh';
import { formatDateTime } from '@/utils/time';
import { submitWithNotice } from '@/utils/submit';
import { uploadMessagePhotos } from '../uploadMessagePhotos';
import '../common.scss';

const t = zh.console;

/**
 * One thread. Residents read it and write again; staff open it (the first to
 * open an unanswered one owns it), reply, hand it over, turn it into a 诉求,
 * publish it on 网谈回音.
 */
export default function MessageDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const staff = params.staff === '1';
  const load = useCallback(() => (staff ? api.messages.open(id) : api.messages.detail(id)), [id, staff]);
  const remote = useRemote(load);
  const [shown, setShown] = useState<MessageDetailDto | null>(null);
  const message = shown ?? remote.data;
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [panel, setPanel] = useState<'none' | 'handOver' | 'toRequest'>('none');
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const opId = useRef(newKey('op'));

  const done = (next: MessageDetailDto) => {
    setShown(next);
    setText('');
    setPhotos([]);
    setNote('');
    setPanel('none');
    opId.current = newKey('op');
  };

  const post = async () => {
    if (!message || text.trim().length === 0) {
      showNotice(t.needText, 'error', 2500);
      return;
    }
    // The resident's 追问: in the tap itself, one more reply notice (empty for staff).
    void api.subscribe.askToSubscribe(message.subscribeTemplateIds);
    const result = await submitWithNotice(async () => {
      const fileIds = await uploadMessagePhotos(opId.current, photos);
      return staff
        ? api.messages.reply(message.id, opId.current, text, fileIds)
        : api.messages.answer(message.id, opId.current, text, fileIds);
    }, staff ? t.replied : t.sent);
    if (result.ok) done(result.value);
  };

  const handOver = async (toStaffId: string) => {
    if (!message) return;
    const result = await submitWithNotice(() => api.messages.handOver(message.id, opId.current, toStaffId, note), t.handOverDone);
    if (result.ok) done(result.value);
  };

  const showCategories = async () => {
    if (categories.length === 0) setCategories((await api.requests.formOptions()).categories);
    setPanel('toRequest');
  };

  const toRequest = async (categoryId: string) => {
    if (!message) return;
    const result = await submitWithNotice(() => api.messages.toRequest(message.id, categoryId), t.toRequestDone);
    if (result.ok) done(result.value.message);
  };

  const publish = async () => {
    if (!message) return;
    const result = await submitWithNotice(() => api.messages.publish(message.id), t.published);
    if (result.ok) done(result.value);
  };

  const can = (step: MessageDetailDto['allowed'][number]) => message?.allowed.includes(step) ?? false;

  return (
    <PageShell className="gt-cs-detail">
      <LoadState loading={remote.loading} error={remote.error} onRetry={remote.reload} hasData={message !== null}>
        {message && (
          <View>
            <View className="gt-cs__card">
              <View className="gt-cs__title">{message.statusLabel}</View>
              <View className="gt-cs__line">
                {message.place}
                {message.residentName ? ` · ${message.residentName}` : ''}
              </View>
              {message.residentPhone && <View className="gt-cs__line">{t.phone(message.residentPhone)}</View>}
              {staff && <View className="gt-cs__line">{message.ownerName ? t.owner(message.ownerName) : t.noOwner}</View>}
              {message.overdue && <View className="gt-cs__alert">{t.overdue}</View>}
              {message.published && <View className="gt-cs__line">{t.published}</View>}
              {message.posts.map((p) => (
                <View key={p.id} className={`gt-cs__post${p.fromStaff ? ' gt-cs__post--staff' : ''}`}>
                  <View className="gt-cs__line">
                    {p.author} · {formatDateTime(p.at)}
                  </View>
                  <View className="gt-cs__text">{p.text}</View>
                  <PhotoStrip photos={p.photos} />
                </View>
              ))}
              {message.requestId && (
                <View className="gt-cs__actions">
                  <AtButton onClick={() => Taro.navigateTo({ url: `/pages/request-detail/index?id=${message.requestId}` })}>
                    {t.openRequest}
                  </AtButton>
                </View>
              )}
            </View>

            {(can('answer') || can('reply')) && (
              <View className="gt-cs__card">
                <FormField label={staff ? t.replyLabel : t.answerLabel}>
                  <Textarea
                    className="gt-cs__textarea gt-cs-detail__text"
                    value={text}
                    maxlength={500}
                    placeholder={staff ? t.replyPlaceholder : t.answerPlaceholder}
                    onInput={(event) => setText(event.detail.value)}
                  />
                </FormField>
                <PhotoPicker photos={photos} max={3} onChange={setPhotos} />
                <View className="gt-cs__actions">
                  <AtButton type="primary" className="gt-cs-detail__send" onClick={() => void post()}>
                    {staff ? t.replySend : t.answerSend}
                  </AtButton>
                </View>
              </View>
            )}

            {staff && (
              <View className="gt-cs__card">
                {can('toRequest') && (
                  <AtButton className="gt-cs-detail__to-request" onClick={() => void showCategories()}>
                    {t.toRequest}
                  </AtButton>
                )}
                {panel === 'toRequest' && (
                  <View>
                    <View className="gt-cs__line">{t.toRequestPick}</View>
                    <ChoiceList
                      options={categories.map((c) => ({ key: c.id, label: c.name }))}
                      selected={null}
                      onSelect={(key) => void toRequest(key)}
                    />
                  </View>
                )}
                {can('handOver') && (
                  <View className="gt-cs__actions">
                    <AtButton onClick={() => setPanel('handOver')}>{t.handOver}</AtButton>
                  </View>
                )}
                {panel === 'handOver' && (
                  <View>
                    <FormField label={t.handOverNote}>
                      <Textarea className="gt-cs__textarea" value={note} maxlength={200} onInput={(event) => setNote(event.detail.value)} />
                    </FormField>
                    <ChoiceList
                      options={message.colleagues.map((c) => ({ key: c.id, label: c.name }))}
                      selected={null}
                      onSelect={(key) => void handOver(key)}
                    />
                  </View>
                )}
                {can('publish') && (
                  <View className="gt-cs__actions">
                    <AtButton onClick={() => void publish()}>{t.publish}</AtButton>
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
            )}
          </View>
        )}
      </LoadState>
    </PageShell>
  );
}
