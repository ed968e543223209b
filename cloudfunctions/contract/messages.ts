import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { idSchema, type PhotoDto } from './common';

/** 留言 (messages): a resident writes to their village or community; staff answer in a thread. */

/** Up to 1,000 characters: what voice input gives. */
const messageTextSchema = z.string().trim().min(1).max(max.messageText);
/** A photo already uploaded to cloud storage under messages/. */
const fileIdSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^cloud:\/\/\S+\/messages\/\S+$/, '图片还没有上传完成，请重新选择图片');
const photosSchema = z.array(fileIdSchema).max(3, '最多上传3张照片').default([]);
/** A key the phone makes once per attempt, so a retry on a weak network never posts twice. */
const opIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确');
const noteSchema = z.string().trim().min(2).max(max.handOverNote);

export const messagesRequests = {
  /** A resident leaves a message for the village or community of their home grid. */
  leave: z
    .object({
      clientKey: opIdSchema,
      text: messageTextSchema,
      photos: photosSchema,
      /** May staff publish it (names hidden) on the public Q&A board? */
      publicConsent: z.boolean().default(false),
    })
    .strict(),
  /** The resident adds to their own thread (an answer to a reply). */
  answer: z.object({ messageId: idSchema, opId: opIdSchema, text: messageTextSchema, photos: photosSchema }).strict(),
  /** The caller's own messages, newest first. */
  mine: z.object({}).strict(),
  /** One thread, as the caller may see it (no side effects). */
  detail: z.object({ messageId: idSchema }).strict(),
  /** Staff: messages of their jurisdiction: waiting for an answer, the ones they own, or answered. */
  staffList: z.object({ view: z.enum(['waiting', 'mine', 'answered']).default('waiting') }).strict(),
  /** Staff open a message: the first to open an unanswered one owns it (首问负责). */
  open: z.object({ messageId: idSchema }).strict(),
  reply: z.object({ messageId: idSchema, opId: opIdSchema, text: messageTextSchema, photos: photosSchema }).strict(),
  /** The owner hands the message to another staff member of the same jurisdiction, with a note. */
  handOver: z.object({ messageId: idSchema, opId: opIdSchema, toStaffId: idSchema, note: noteSchema }).strict(),
  /** Staff turn the message into a 诉求, routed like any other, linked both ways. */
  toRequest: z.object({ messageId: idSchema, categoryId: idSchema }).strict(),
  /** Staff publish an answered message on the public Q&A board (网谈回音), with the resident's consent. */
  publish: z.object({ messageId: idSchema }).strict(),
  /** 网谈回音: published questions and answers, names hidden. */
  board: z.object({}).strict(),
};

export type MessageStatus = 'waiting' | 'answered';

export interface MessagePostDto {
  id: string;
  at: string;
  /** "我", "王秀英", or on the board "群众" / "湖滨村工作人员". */
  author: string;
  fromStaff: boolean;
  text: string;
  photos: PhotoDto[];
}

export interface MessageEventDto {
  id: string;
  at: string;
  what: string;
  note: string | null;
}

export interface MessageSummaryDto {
  id: string;
  status: MessageStatus;
  statusLabel: string;
  excerpt: string;
  place: string;
  createdAt: string;
  updatedAt: string;
  /** Staff only: the resident's name. */
  residentName: string | null;
  /** Who owns it now (首问负责), by name. */
  ownerName: string | null;
  /** Waiting for an answer for more than 24 hours. */
  overdue: boolean;
  requestId: string | null;
  published: boolean;
}

export interface MessageDetailDto extends MessageSummaryDto {
  version: number;
  posts: MessagePostDto[];
  /** Staff only: openings, hand-overs, conversion, publication. */
  events: MessageEventDto[];
  publicConsent: boolean;
  /** Staff only: the resident's phone, to call back. */
  residentPhone: string | null;
  /** What the viewer may do now. */
  allowed: Array<'answer' | 'reply' | 'handOver' | 'toRequest' | 'publish'>;
  /** Staff of the same jurisdiction the owner may hand over to. */
  colleagues: Array<{ id: string; name: string }>;
  /** The author's: the reply notice their tap on 追问 asks for (wx.requestSubscribeMessage); empty for staff. */
  subscribeTemplateIds: string[];
}

export interface BoardEntryDto {
  id: string;
  place: string;
  publishedAt: string;
  posts: MessagePostDto[];
}

export interface MessagesResponses {
  leave: { message: MessageDetailDto; replayed: boolean };
  answer: MessageDetailDto;
  mine: { items: MessageSummaryDto[]; subscribeTemplateIds: string[] };
  detail: MessageDetailDto;
  staffList: { items: MessageSummaryDto[] };
  open: MessageDetailDto;
  reply: MessageDetailDto;
  handOver: MessageDetailDto;
  toRequest: { message: MessageDetailDto; requestId: string };
  publish: MessageDetailDto;
  board: { items: BoardEntryDto[] };
}
