import { z } from 'zod';
import { textLimits } from './textLimits';
import { PHONE_PATTERN } from '../domain/people/phonePattern';

/** Document ids: short opaque strings; anything longer is a bad request, not a lookup. */
export const idSchema = z.string().trim().min(1).max(64);

/** A person's name as staff or residents type it. */
export const personNameSchema = z.string().trim().min(1).max(textLimits.personName);

/** A phone number (see PHONE_PATTERN). */
export const phoneSchema = z.string().trim().regex(PHONE_PATTERN, '请填写正确的手机号或座机号');

/** A photo in cloud storage and a temporary URL to show it ('' when none could be had: the page shows a placeholder). */
export interface PhotoDto {
  fileID: string;
  url: string;
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day as the person picks it (China time): 2026-03-05. */
export const dateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '请选择日期')
  .refine(isCalendarDate, '请选择正确的日期');

/** A key the client makes once per attempt at something, so a retry never does it twice. */
export const clientKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确');

/** A save that creates (no id given) carries the phone's key, so a resend after a lost answer creates once. */
export const NEW_NEEDS_KEY = '新建时要带上请求编号';

/** Where something is: an address as people describe it ("村口老桥边"), and/or a map point. */
export const locationSchema = z
  .object({
    address: z.string().trim().min(1).max(textLimits.address).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const emptySchema = z.object({}).strict();

export type { Role } from '../domain/people/vocabulary';
export type { JurisdictionLevel } from '../domain/jurisdiction/vocabulary';
