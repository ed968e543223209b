import { z } from 'zod';
import { textLimits as max } from './textLimits';
import { clientKeySchema, idSchema, NEW_NEEDS_KEY, type JurisdictionLevel, type Role } from './common';
import { localDateSchema } from './servicedays';
import type { PlaceDto } from './users';
import type { DepartmentLevel } from '../domain/departments/vocabulary';
import { categoryRequests, type CategoryResponses } from './categories';

/** A place's name as an administrator types it (县、乡镇、村、网格). */
const placeNameSchema = z.string().trim().min(1).max(max.placeName);
/** The person's version the administrator's screen showed (AdminPersonDto.version): another change meanwhile is a CONFLICT. */
const personVersionSchema = z.number().int().min(0).max(1_000_000);

/**
 * Administration (系统管理), for the administrator role, within the
 * administrator's own jurisdiction: the place tree, request categories'
 * time limits and the holiday list. Every change is logged (adminLog).
 */
export const adminRequests = {
  /** Adds a place one level below `parentId` (a township under a county, … a grid under a village). */
  /** `clientKey`: the phone's key, kept until answered: a resend after a lost answer adds the place once. */
  addPlace: z.object({ parentId: idSchema, name: placeNameSchema, clientKey: clientKeySchema }).strict(),
  renamePlace: z.object({ placeId: idSchema, name: placeNameSchema }).strict(),
  ...categoryRequests,
  /** Makes a registered person staff of a place (村两委、乡镇干部), moves them, or (scopeId left out) ends their staff role. */
  setStaffScope: z.object({ userId: idSchema, scopeId: idSchema.optional(), version: personVersionSchema }).strict(),
  /** The work calendar: weekday holidays and weekend working days (调休), as the State Council announces them. */
  setHolidays: z
    .object({
      holidays: z.array(localDateSchema).max(100),
      workdays: z.array(localDateSchema).max(30),
      /** The version the editor was opened at (WorkCalendarDto.version); a stale one is a CONFLICT. */
      version: z.number().int().min(0).max(1_000_000),
    })
    .strict(),
  /**
   * 花名册导入: a roster file (.xlsx, or CSV in UTF-8 or GBK) the client
   * uploaded to cloud storage: people, and households in a 民情档案 sheet (a
   * CSV file holds either). All or nothing: when any row is wrong nothing
   * is written and the answer is ok with `written: false` and the problems.
   */
  importRoster: z.object({ fileID: z.string().trim().min(1).max(300).startsWith('cloud://') }).strict(),
  /**
   * A person's duty in a grid (网格员职责): the categories they take and
   * whether they are its 第一责任人 (routing reads these); `duty` left out
   * ends their duty there (no duty left: no longer a grid member).
   */
  setGridDuty: z
    .object({
      userId: idSchema,
      gridId: idSchema,
      duty: z
        .object({
          title: z.string().trim().min(1).max(max.dutyTitle),
          categoryIds: z.array(idSchema).max(20),
          firstResponsible: z.boolean(),
        })
        .strict()
        .optional(),
      version: personVersionSchema,
    })
    .strict(),
  /** The roster template (.xlsx: 花名册 and 民情档案 sheets with example rows, and 填写说明) to download. */
  rosterTemplate: z.object({}).strict(),
  /**
   * A place of the administrator's jurisdiction (default: their own scope),
   * the way down to it from that scope, and the places directly under it.
   */
  placeChildren: z.object({ placeId: idSchema.optional() }).strict(),
  /** The staff whose scope is the place and, for a grid, the grid members on duty there. */
  placePeople: z.object({ placeId: idSchema }).strict(),
  /** A person known by this phone number (11 digits) who lives, serves or works within the administrator's jurisdiction. */
  findPerson: z
    .object({
      phone: z
        .string()
        .trim()
        .regex(/^\d{11}$/, '请填写11位电话号码'),
    })
    .strict(),
  /** The holiday list (workCalendar) as stored, and whether the caller may change it. */
  workCalendar: z.object({}).strict(),
  /** The departments of a county (县直部门) or township (乡镇站所) within the administrator's jurisdiction, with their staff. */
  departments: z.object({ placeId: idSchema }).strict(),
  /** Adds a department to a county or township, or (with departmentId) renames it, sets its categories, retires it. */
  saveDepartment: z
    .object({
      departmentId: idSchema.optional(),
      placeId: idSchema,
      name: z.string().trim().min(2).max(max.departmentName),
      categoryIds: z.array(idSchema).max(30),
      active: z.boolean().default(true),
      /** An edit names the version the editor was opened at (DepartmentDto.version); a stale one is a CONFLICT. */
      version: z.number().int().min(0).max(1_000_000).optional(),
      /** The phone's key of a new one, kept until answered: a resend after a lost answer adds it once. */
      clientKey: clientKeySchema.optional(),
    })
    .strict()
    .refine((p) => (p.departmentId === undefined) === (p.version === undefined), { message: '修改时要带上看到的版本', path: ['version'] })
    .refine((p) => p.departmentId !== undefined || p.clientKey !== undefined, { message: NEW_NEEDS_KEY, path: ['clientKey'] }),
  /** Makes a registered person staff of a department (they act on what is assigned to it), moves them there, or ends it. */
  setDepartmentMember: z
    .object({
      departmentId: idSchema,
      userId: idSchema,
      member: z.boolean(),
      /** Moves a person who works in another department (refused without it: IN_ANOTHER_DEPARTMENT). */
      move: z.boolean().optional(),
      version: personVersionSchema,
    })
    .strict(),
};

export interface AdminChangeDto {
  /** The admin log entry that recorded the change. */
  logId: string;
}

export interface GridDutyDto {
  gridId: string;
  title: string;
  categoryIds: string[];
  firstResponsible: boolean;
}

/** One problem in a roster file, where the spreadsheet shows it (the header is row 1). */
export interface RosterProblemDto {
  /** The sheet's name (花名册, 民情档案); a CSV file's one sheet is named by what it holds. */
  sheet: string;
  row: number;
  /** The column's header, e.g. 手机号; '' when the problem is the whole row or file. */
  column: string;
  message: string;
}

export interface RosterImportDto {
  /** false: nothing was written, see `problems`. */
  written: boolean;
  problems: RosterProblemDto[];
  /** People added, people already known who were updated, and people the file left as they were (0 when nothing was written). */
  created: number;
  updated: number;
  unchanged: number;
  /**
   * The households (民情档案) of the file's 民情档案 sheet, the same way (all
   * 0 when it has none or nothing was written); `pending`: accepted, not yet
   * written (a run writes for a limited time): send the same fileID again.
   */
  households: { created: number; updated: number; unchanged: number; pending: number };
}

export interface RosterTemplateDto {
  /** Downloaded with wx.cloud.downloadFile, as the ledger is. */
  fileID: string;
  fileName: string;
}

/** A place and how many places lie directly under it. */
export interface PlaceNodeDto extends PlaceDto {
  childCount: number;
}

export interface PlaceChildrenDto {
  place: PlaceDto;
  /** The places from the administrator's scope down to the place's parent, the scope first (empty at the scope itself). */
  trail: PlaceDto[];
  /** In display order. */
  children: PlaceNodeDto[];
  /** The level a place added here gets; null under a grid (the lowest level). */
  childLevel: JurisdictionLevel | null;
}

/** A person as administrators see them: full phone, to call. */
export interface AdminPersonDto {
  id: string;
  name: string;
  phone: string;
  roles: Role[];
  /** What a change of the person's duty, staff scope or department sends back (`version`). */
  version: number;
}

/** A grid member and their duties in the grid being viewed. */
export interface GridMemberDto extends AdminPersonDto {
  duties: GridDutyDto[];
}

export interface PlacePeopleDto {
  place: PlaceDto;
  /** People whose staff scope is this place. */
  staff: AdminPersonDto[];
  /** For a grid: the people on duty in it, 第一责任人 first; empty for other places. */
  members: GridMemberDto[];
  /** For a grid: the active request categories a duty may cover, in display order; empty otherwise. */
  categories: Array<{ id: string; name: string }>;
}

/** A person found by phone, with where they live and where they are staff. */
export interface FoundPersonDto extends AdminPersonDto {
  homeGrid: PlaceDto | null;
  staffScope: PlaceDto | null;
}

export interface DepartmentDto {
  id: string;
  name: string;
  level: DepartmentLevel;
  place: PlaceDto;
  categoryIds: string[];
  active: boolean;
  /** What an edit sends back (saveDepartment `version`). */
  version: number;
  staff: AdminPersonDto[];
}

export interface DepartmentsDto {
  place: PlaceDto;
  departments: DepartmentDto[];
  /** The active categories a department may take, in display order. */
  categories: Array<{ id: string; name: string }>;
}

export interface WorkCalendarDto {
  /** Weekday holidays, YYYY-MM-DD, sorted. */
  holidays: string[];
  /** Weekend working days (调休), sorted. */
  workdays: string[];
  /** Only the county's (root's) administrator may change it. */
  editable: boolean;
  /** What a change sends back (setHolidays `version`). */
  version: number;
}

export interface AdminResponses extends CategoryResponses {
  addPlace: AdminChangeDto & { place: PlaceDto };
  renamePlace: AdminChangeDto & { place: PlaceDto };
  setHolidays: AdminChangeDto & { version: number };
  setStaffScope: AdminChangeDto & { roles: Role[]; scope: PlaceDto | null; version: number };
  setGridDuty: AdminChangeDto & { roles: Role[]; gridDuties: GridDutyDto[]; version: number };
  importRoster: RosterImportDto;
  rosterTemplate: RosterTemplateDto;
  placeChildren: PlaceChildrenDto;
  placePeople: PlacePeopleDto;
  /** Usually one person; several when records share the number. */
  findPerson: { people: FoundPersonDto[] };
  workCalendar: WorkCalendarDto;
  departments: DepartmentsDto;
  saveDepartment: AdminChangeDto & { department: DepartmentDto };
  setDepartmentMember: AdminChangeDto & { roles: Role[]; version: number };
}
