import { z } from 'zod';

/** Document ids: short opaque strings; anything longer is a bad request, not a lookup. */
export const idSchema = z.string().trim().min(1).max(64);

/** A person's name as staff or residents type it. */
export const personNameSchema = z.string().trim().min(1).max(20);

/** Mainland mobile numbers, or landlines with an area code (village offices still use them). */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或座机号');

/** A photo in cloud storage and a temporary URL to show it ('' when none could be had: the page shows a placeholder). */
export interface PhotoDto {
  fileID: string;
  url: string;
}

export const emptySchema = z.object({}).strict();

export type Role = 'resident' | 'gridMember' | 'partyMember' | 'staff' | 'admin';

export type JurisdictionLevel = 'county' | 'township' | 'village' | 'grid';
