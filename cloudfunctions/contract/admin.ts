import { z } from 'zod';
import { idSchema, type Role } from './common';
import { localDateSchema } from './servicedays';
import type { PlaceDto } from './users';

/** A place's name as an administrator types it (县、乡镇、村、网格). */
const placeNameSchema = z.string().trim().min(1).max(30);

/**
 * Administration (系统管理), for the administrator role, within the
 * administrator's own jurisdiction: the place tree, request categories'
 * time limits and the holiday list. Every change is logged (adminLog).
 */
export const adminRequests = {
  /** Adds a place one level below `parentId` (a township under a county, … a grid under a village). */
  addPlace: z.object({ parentId: idSchema, name: placeNameSchema }).strict(),
  renamePlace: z.object({ placeId: idSchema, name: placeNameSchema }).strict(),
  /** 限时办结 of a category, in working days; requests routed afterwards get it. */
  setCategoryLimit: z.object({ categoryId: idSchema, timeLimitDays: z.number().int().min(1).max(60) }).strict(),
  /** Makes a registered person staff of a place (村两委、乡镇干部), moves them, or (scopeId left out) ends their staff role. */
  setStaffScope: z.object({ userId: idSchema, scopeId: idSchema.optional() }).strict(),
  /** The work calendar: weekday holidays and weekend working days (调休), as the State Council announces them. */
  setHolidays: z
    .object({
      holidays: z.array(localDateSchema).max(100),
      workdays: z.array(localDateSchema).max(30),
    })
    .strict(),
};

export interface AdminChangeDto {
  /** The admin log entry that recorded the change. */
  logId: string;
}

export interface AdminResponses {
  addPlace: AdminChangeDto & { place: PlaceDto };
  renamePlace: AdminChangeDto & { place: PlaceDto };
  setCategoryLimit: AdminChangeDto;
  setHolidays: AdminChangeDto;
  setStaffScope: AdminChangeDto & { roles: Role[]; scope: PlaceDto | null };
}
