import { z } from 'zod';
import { PHONE_PATTERN } from '../domain/people/phonePattern';

/** Document ids: short opaque strings; anything longer is a bad request, not a lookup. */
export const idSchema = z.string().trim().min(1).max(64);

/** A person's name as staff or residents type it. */
export const personNameSchema = z.string().trim().min(1).max(20);

/** A phone number (see PHONE_PATTERN). */
export const phoneSchema = z.string().trim().regex(PHONE_PATTERN, '请填写正确的手机号或座机号');

/** A photo in cloud storage and a temporary URL to show it ('' when none could be had: the page shows a placeholder). */
export interface PhotoDto {
  fileID: string;
  url: string;
}

export const emptySchema = z.object({}).strict();

export type { Role } from '../domain/people/vocabulary';
export type { JurisdictionLevel } from '../domain/jurisdiction/vocabulary';
