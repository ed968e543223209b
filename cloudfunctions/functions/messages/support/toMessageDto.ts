import type { PhotoDto } from '../../../contract/common';
import type { MessageDetailDto, MessagePostDto, MessageSummaryDto } from '../../../contract/messages';
import type { Message, MessagePost } from '../../../domain/messages/Message';
import { UNANSWERED_FLAG_MS } from '../../../domain/messages/Message';
import { messageRelation } from '../../../domain/messages/messageAccess';
import type { User } from '../../../domain/people/User';
import { photoUrlsForDisplay } from '../../../shared/photoUrls';
import { templateIdOf } from '../../../shared/subscribeTemplates';

const STATUS_LABELS: Record<Message['status'], string> = { waiting: '等待答复', answered: '已答复' };

function excerpt(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

export function isUnansweredTooLong(message: Pick<Message, 'status' | 'waitingSince'>, now: Date): boolean {
  return (
    message.status === 'waiting' && message.waitingSince !== null && now.getTime() - message.waitingSince.getTime() > UNANSWERED_FLAG_MS
  );
}

export function toMessageSummary(message: Message, viewer: User, now: Date): MessageSummaryDto {
  const { staff } = messageRelation(viewer, message);
  return {
    id: message._id,
    status: message.status,
    statusLabel: STATUS_LABELS[message.status],
    excerpt: excerpt(message.text),
    place: message.villageName,
    createdAt: message.createdAt.toISOString(),
    updatedAt: message.updatedAt.toISOString(),
    residentName: staff ? message.residentName : null,
    ownerName: message.ownerName,
    overdue: isUnansweredTooLong(message, now),
    requestId: message.requestId,
    published: message.published,
  };
}

/** Author labels: the viewer's own words are "我"; on the board nobody is named. */
export type AuthorStyle = 'thread' | 'board';

export function toPostDto(
  post: MessagePost,
  message: Message,
  viewerId: string | null,
  style: AuthorStyle,
  urls: Map<string, string>,
): MessagePostDto {
  const photos: PhotoDto[] = post.photos.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }));
  let author: string;
  if (style === 'board') author = post.by.staff ? `${message.villageName}工作人员` : '群众';
  else if (post.by.id === viewerId) author = '我';
  else author = post.by.staff ? `工作人员 ${post.by.name}` : post.by.name;
  return { id: post.id, at: post.at.toISOString(), author, fromStaff: post.by.staff, text: post.text, photos };
}

export async function postPhotoUrls(messages: Message[]): Promise<Map<string, string>> {
  const ids = messages.flatMap((m) => m.posts.flatMap((p) => p.photos));
  return ids.length === 0 ? new Map() : photoUrlsForDisplay(ids);
}

export async function toMessageDetail(message: Message, viewer: User, now: Date, colleagues: User[] = []): Promise<MessageDetailDto> {
  const relation = messageRelation(viewer, message);
  const urls = await postPhotoUrls([message]);
  const allowed: MessageDetailDto['allowed'] = [];
  if (relation.author) allowed.push('answer');
  if (relation.staff) {
    if (message.ownerId === null || message.ownerId === viewer._id) allowed.push('reply');
    if (message.status === 'waiting' && message.ownerId === viewer._id) allowed.push('handOver');
    if (message.requestId === null) allowed.push('toRequest');
    if (!message.published && message.publicConsent && message.posts.some((p) => p.by.staff)) allowed.push('publish');
  }
  return {
    ...toMessageSummary(message, viewer, now),
    version: message.version,
    posts: message.posts.map((post) => toPostDto(post, message, viewer._id, 'thread', urls)),
    events: relation.staff ? message.events.map((e) => ({ id: e.id, at: e.at.toISOString(), what: e.what, note: e.note })) : [],
    publicConsent: message.publicConsent,
    residentPhone: relation.staff ? message.residentPhone : null,
    allowed,
    colleagues: allowed.includes('handOver')
      ? colleagues.filter((c) => c._id !== viewer._id).map((c) => ({ id: c._id, name: c.name }))
      : [],
    subscribeTemplateIds: relation.author ? [templateIdOf('messageReply')] : [],
  };
}
