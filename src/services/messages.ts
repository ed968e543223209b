import type { BoardEntryDto, MessageDetailDto, MessageSummaryDto, RequestOf } from '@contract';
import { callCloud } from './cloud';

// ---- residents ----

/** `clientKey` is made once per message and sent again on a retry, so it is never posted twice. */
export function leave(payload: RequestOf<'messages', 'leave'>): Promise<{ message: MessageDetailDto; replayed: boolean }> {
  return callCloud('messages', 'leave', payload);
}

export function answer(messageId: string, opId: string, text: string, photos: string[]): Promise<MessageDetailDto> {
  return callCloud('messages', 'answer', { messageId, opId, text, photos });
}

/** The reply notice's template ids as `mine` last gave them: 写留言 can ask in its first tap even before its own load ends. */
let replyTemplateIds: string[] = [];

export async function mine(): Promise<{ items: MessageSummaryDto[]; subscribeTemplateIds: string[] }> {
  const result = await callCloud('messages', 'mine', {});
  replyTemplateIds = result.subscribeTemplateIds;
  return result;
}

export function knownReplyTemplateIds(): string[] {
  return replyTemplateIds;
}

export function detail(messageId: string): Promise<MessageDetailDto> {
  return callCloud('messages', 'detail', { messageId });
}

export async function board(): Promise<BoardEntryDto[]> {
  return (await callCloud('messages', 'board', {})).items;
}

// ---- staff ----

export async function staffList(view: 'waiting' | 'mine' | 'answered'): Promise<MessageSummaryDto[]> {
  return (await callCloud('messages', 'staffList', { view })).items;
}

/** Opening an unanswered message makes the first staff member to open it its owner (首问负责). */
export function open(messageId: string): Promise<MessageDetailDto> {
  return callCloud('messages', 'open', { messageId });
}

export function reply(messageId: string, opId: string, text: string, photos: string[]): Promise<MessageDetailDto> {
  return callCloud('messages', 'reply', { messageId, opId, text, photos });
}

export function handOver(messageId: string, opId: string, toStaffId: string, note: string): Promise<MessageDetailDto> {
  return callCloud('messages', 'handOver', { messageId, opId, toStaffId, note });
}

export function toRequest(messageId: string, categoryId: string): Promise<{ message: MessageDetailDto; requestId: string }> {
  return callCloud('messages', 'toRequest', { messageId, categoryId });
}

export function publish(messageId: string): Promise<MessageDetailDto> {
  return callCloud('messages', 'publish', { messageId });
}
