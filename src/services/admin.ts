/**
 * 系统管理 for administrators: the place tree (browse, add, rename), the
 * people at a place (staff, grid members' duties, finding a person by
 * phone), the holiday list, the roster import (choose a file, upload it,
 * import it), the roster template and the request categories (诉求类别). Only
 * this module knows how each platform picks a file:
 * - weapp: chooseMessageFile (a file from a WeChat chat, where village
 *   offices receive their spreadsheets);
 * - H5: an <input type=file>, read through a blob URL.
 */
import Taro from '@tarojs/taro';
import type {
  AdminPersonDto,
  CategoriesDto,
  CategoryChangeDto,
  DepartmentsDto,
  EditableCategoryDto,
  FoundPersonDto,
  GridDutyDto,
  PlaceChildrenDto,
  PlaceDto,
  PlacePeopleDto,
  RequestOf,
  RosterImportDto,
  RosterTemplateDto,
  WorkCalendarDto,
} from '@contract';
import { deviceFailureKind } from '@/utils/deviceFailure';
import { callCloud } from './cloud';
import { openFile } from './ledger';
import { ownFolder, uploadFile, type UploadFailureTexts } from './storage';

export interface ChosenFile {
  path: string;
  name: string;
}

const ROSTER_EXTENSIONS = ['xlsx', 'csv'];

/** Lets the administrator pick a roster file; null when they cancel (other failures are thrown for the page to show). */
export async function chooseRosterFile(): Promise<ChosenFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ROSTER_EXTENSIONS });
      const file = result.tempFiles[0];
      return file ? { path: file.path, name: file.name } : null;
    } catch (error) {
      if (deviceFailureKind(error) === 'cancelled') return null;
      throw error;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ROSTER_EXTENSIONS.map((ext) => `.${ext}`).join(',');
    input.style.display = 'none';
    const done = (file: File | undefined) => {
      input.remove();
      resolve(file ? { path: URL.createObjectURL(file), name: file.name } : null);
    };
    input.onchange = () => done(input.files?.[0]);
    input.oncancel = () => done(undefined);
    document.body.appendChild(input);
    input.click();
  });
}

/** More runs than any file of 2,000 households takes (each writes for up to 40 s): a stuck import stops asking. */
const MAX_IMPORT_RUNS = 20;

/**
 * Uploads the chosen roster and imports it: all or nothing, the answer lists
 * the problems by sheet, row and column. A file of many households is
 * written over several runs: while some are pending the same upload is sent
 * again (the server goes on where it stopped), `onProgress` told each time.
 * `texts` word an upload that failed (the page's own, so 系统管理's words
 * stay in its subpackage).
 */
export async function importRoster(
  file: ChosenFile,
  texts: UploadFailureTexts,
  onProgress?: (sofar: RosterImportDto) => void,
): Promise<RosterImportDto> {
  const extension = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const cloudPath = `${await ownFolder('rosters')}${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`;
  const fileID = await uploadFile(file.path, cloudPath, texts);
  let result = await callCloud('admin', 'importRoster', { fileID });
  for (let runs = 1; result.written && result.households.pending > 0 && runs < MAX_IMPORT_RUNS; runs += 1) {
    onProgress?.(result);
    result = await callCloud('admin', 'importRoster', { fileID });
  }
  return result;
}

/** Makes the roster template and opens (weapp) or downloads (H5) it. */
export async function downloadRosterTemplate(): Promise<RosterTemplateDto> {
  const template = await callCloud('admin', 'rosterTemplate', {});
  await openFile(template);
  return template;
}

/** 诉求类别 for the editor: every category in order, retired ones too, with questions and versions. */
export function categories(): Promise<CategoriesDto> {
  return callCloud('admin', 'categories', {});
}

/** A new category, or an edit made on the version the editor showed (CONFLICT if another administrator changed it meanwhile). */
export function saveCategory(input: RequestOf<'admin', 'saveCategory'>): Promise<CategoryChangeDto> {
  return callCloud('admin', 'saveCategory', input);
}

/** The whole list in a new order. */
export async function setCategoryOrder(categoryIds: string[]): Promise<EditableCategoryDto[]> {
  return (await callCloud('admin', 'setCategoryOrder', { categoryIds })).categories;
}

/** Retires a category or brings it back. */
export function setCategoryActive(categoryId: string, version: number, active: boolean): Promise<CategoryChangeDto> {
  return callCloud('admin', 'setCategoryActive', { categoryId, version, active });
}

/** A place of the administrator's jurisdiction (their own scope when none is given), its breadcrumb and the places under it. */
export function placeChildren(placeId?: string): Promise<PlaceChildrenDto> {
  return callCloud('admin', 'placeChildren', placeId ? { placeId } : {});
}

/** Adds a place one level below `parentId`. */
export async function addPlace(parentId: string, name: string, clientKey: string): Promise<PlaceDto> {
  return (await callCloud('admin', 'addPlace', { parentId, name, clientKey })).place;
}

export async function renamePlace(placeId: string, name: string): Promise<PlaceDto> {
  return (await callCloud('admin', 'renamePlace', { placeId, name })).place;
}

/** The staff of a place and, for a grid, its members with their duties there. */
export function placePeople(placeId: string): Promise<PlacePeopleDto> {
  return callCloud('admin', 'placePeople', { placeId });
}

/** People of the administrator's jurisdiction known by this phone number. */
export async function findPerson(phone: string): Promise<FoundPersonDto[]> {
  return (await callCloud('admin', 'findPerson', { phone })).people;
}

/** Whom an administrator's change is about: the person as the screen showed them (their version). */
export type PersonShown = Pick<AdminPersonDto, 'id' | 'version'>;

/** Makes a person staff of a place (moving them from another), or with `scopeId` null ends their staff role. */
export async function setStaffScope(person: PersonShown, scopeId: string | null): Promise<void> {
  const { id: userId, version } = person;
  await callCloud('admin', 'setStaffScope', scopeId ? { userId, scopeId, version } : { userId, version });
}

export type DutyInput = Omit<GridDutyDto, 'gridId'>;

/** Sets a person's duty in a grid (replacing what they had there), or with `duty` null ends it. */
export async function setGridDuty(person: PersonShown, gridId: string, duty: DutyInput | null): Promise<void> {
  const { id: userId, version } = person;
  await callCloud('admin', 'setGridDuty', duty ? { userId, gridId, duty, version } : { userId, gridId, version });
}

/** The holiday list and whether the caller may change it. */
export function workCalendar(): Promise<WorkCalendarDto> {
  return callCloud('admin', 'workCalendar', {});
}

/** Replaces the holiday list (the county's administrator only), on the version the editor showed; the version it made. */
export async function setHolidays(holidays: string[], workdays: string[], version: number): Promise<number> {
  return (await callCloud('admin', 'setHolidays', { holidays, workdays, version })).version;
}

/** The departments of a county or township, with their staff and the categories they may take. */
export function departments(placeId: string): Promise<DepartmentsDto> {
  return callCloud('admin', 'departments', { placeId });
}

/** Adds a department (no `departmentId`) or renames, re-categorises, retires or restores one. */
export async function saveDepartment(input: RequestOf<'admin', 'saveDepartment'>): Promise<void> {
  await callCloud('admin', 'saveDepartment', input);
}

/** Makes a person staff of a department, or ends it. */
/** `move`: the person works in another department and the administrator confirmed moving them. */
export async function setDepartmentMember(departmentId: string, person: PersonShown, member: boolean, move = false): Promise<void> {
  const { id: userId, version } = person;
  await callCloud('admin', 'setDepartmentMember', { departmentId, userId, member, version, ...(move ? { move } : {}) });
}
