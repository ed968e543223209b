import { useCallback, useState } from 'react';
import type { CategoryDto, MessageDetailDto } from '@contract';
import { useFieldErrors } from '@/hooks/useFieldErrors';
import { useRemote } from '@/hooks/useRemote';
import { useStepKey } from '@/hooks/useStepKey';
import * as messagesApi from '@/services/messages';
import * as requestsApi from '@/services/requests';
import * as subscribeApi from '@/services/subscribe';
import { messagesText } from '@/text/messages';
import { submitWithNotice } from '@/utils/submit';
import { requiredText, textLimits } from '@/utils/textLimit';
import { uploadMessagePhotos } from '../uploadMessagePhotos';

const t = messagesText;

export type StaffPanel = 'none' | 'handOver' | 'toRequest';

/**
 * One thread and what the person may do with it: residents write again,
 * staff open it (the first to open an unanswered one owns it), reply, hand
 * it over, turn it into a 诉求, publish it. Each write carries the page's
 * step key (useStepKey): kept until it went through, renewed on a spent key
 * (the thread is read again) and on a reload.
 */
export function useMessageThread(id: string, staff: boolean) {
  const load = useCallback(() => (staff ? messagesApi.open(id) : messagesApi.detail(id)), [id, staff]);
  const remote = useRemote(load);
  const [shown, setShown] = useState<MessageDetailDto | null>(null);
  const message = shown ?? remote.data;
  const [text, setTextState] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [note, setNoteState] = useState('');
  const errors = useFieldErrors<'text' | 'note'>();
  const setText = (value: string) => {
    setTextState(value);
    errors.clear('text');
  };
  const setNote = (value: string) => {
    setNoteState(value);
    errors.clear('note');
  };
  const [panel, setPanel] = useState<StaffPanel>('none');
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const opId = useStepKey('op', remote.data, () => {
    setShown(null);
    remote.reload();
  });

  const done = (next: MessageDetailDto) => {
    setShown(next);
    setTextState('');
    setPhotos([]);
    setNoteState('');
    setPanel('none');
  };
  /** Runs a write with the saving notice; on success shows the thread as it is now. */
  const write = async (work: (m: MessageDetailDto) => Promise<MessageDetailDto>, success: string) => {
    if (!message) return;
    const result = await submitWithNotice(() => work(message), success);
    opId.settle(result);
    if (result.ok) done(result.value);
    else errors.showHints(result.error);
  };

  const post = async () => {
    if (!message || errors.show({ text: requiredText(text, t.needText, textLimits.messageText) })) return;
    // The resident's 追问: in the tap itself, one more reply notice (empty for staff).
    void subscribeApi.askToSubscribe(message.subscribeTemplateIds);
    await write(
      async (m) => {
        const fileIds = await uploadMessagePhotos(opId.current, photos);
        return staff ? messagesApi.reply(m.id, opId.current, text, fileIds) : messagesApi.answer(m.id, opId.current, text, fileIds);
      },
      staff ? t.replied : t.sent,
    );
  };

  const showCategories = async () => {
    if (categories.length === 0) setCategories((await requestsApi.formOptions()).categories);
    setPanel('toRequest');
  };

  return {
    remote,
    message,
    draft: { text, setText, photos, setPhotos, note, setNote },
    errors: errors.errors,
    panel,
    setPanel,
    categories,
    can: (step: MessageDetailDto['allowed'][number]) => message?.allowed.includes(step) ?? false,
    post,
    showCategories,
    handOver: (toStaffId: string) => {
      if (errors.show({ note: requiredText(note, t.needNote, textLimits.handOverNote, 2) })) return;
      void write((m) => messagesApi.handOver(m.id, opId.current, toStaffId, note), t.handOverDone);
    },
    toRequest: (categoryId: string) => write(async (m) => (await messagesApi.toRequest(m.id, categoryId)).message, t.toRequestDone),
    publish: () => write((m) => messagesApi.publish(m.id), t.published),
  };
}

export type MessageThread = ReturnType<typeof useMessageThread>;
