import { useCallback, useRef, useState } from 'react';
import type { CategoryDto, MessageDetailDto } from '@contract';
import { useRemote } from '@/hooks/useRemote';
import * as messagesApi from '@/services/messages';
import * as requestsApi from '@/services/requests';
import * as subscribeApi from '@/services/subscribe';
import { showNotice } from '@/state/notice';
import { newKey } from '@/state/requestOutbox';
import { messagesText } from '@/text/messages';
import { submitWithNotice } from '@/utils/submit';
import { uploadMessagePhotos } from '../uploadMessagePhotos';

const t = messagesText;

export type StaffPanel = 'none' | 'handOver' | 'toRequest';

/**
 * One thread and what the person may do with it: residents write again,
 * staff open it (the first to open an unanswered one owns it), reply, hand
 * it over, turn it into a 诉求, publish it. Each write carries a key kept
 * until it went through.
 */
export function useMessageThread(id: string, staff: boolean) {
  const load = useCallback(() => (staff ? messagesApi.open(id) : messagesApi.detail(id)), [id, staff]);
  const remote = useRemote(load);
  const [shown, setShown] = useState<MessageDetailDto | null>(null);
  const message = shown ?? remote.data;
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [panel, setPanel] = useState<StaffPanel>('none');
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
  /** Runs a write with the saving notice; on success shows the thread as it is now. */
  const write = async (work: (m: MessageDetailDto) => Promise<MessageDetailDto>, success: string) => {
    if (!message) return;
    const result = await submitWithNotice(() => work(message), success);
    if (result.ok) done(result.value);
  };

  const post = async () => {
    if (!message || text.trim().length === 0) return showNotice(t.needText, 'error', 2500);
    // The resident's 追问: in the tap itself, one more reply notice (empty for staff).
    void subscribeApi.askToSubscribe(message.subscribeTemplateIds);
    await write(async (m) => {
      const fileIds = await uploadMessagePhotos(opId.current, photos);
      return staff ? messagesApi.reply(m.id, opId.current, text, fileIds) : messagesApi.answer(m.id, opId.current, text, fileIds);
    }, staff ? t.replied : t.sent);
  };

  const showCategories = async () => {
    if (categories.length === 0) setCategories((await requestsApi.formOptions()).categories);
    setPanel('toRequest');
  };

  return {
    remote,
    message,
    draft: { text, setText, photos, setPhotos, note, setNote },
    panel,
    setPanel,
    categories,
    can: (step: MessageDetailDto['allowed'][number]) => message?.allowed.includes(step) ?? false,
    post,
    showCategories,
    handOver: (toStaffId: string) => write((m) => messagesApi.handOver(m.id, opId.current, toStaffId, note), t.handOverDone),
    toRequest: (categoryId: string) => write(async (m) => (await messagesApi.toRequest(m.id, categoryId)).message, t.toRequestDone),
    publish: () => write((m) => messagesApi.publish(m.id), t.published),
  };
}

export type MessageThread = ReturnType<typeof useMessageThread>;
