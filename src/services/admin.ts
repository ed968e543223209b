/**
 * 系统管理 for administrators: the roster import (choose a file, upload it,
 * import it), the roster template and the categories' time limits. Only this module knows how each
 * platform picks a file:
 * - weapp: chooseMessageFile (a file from a WeChat chat, where village
 *   offices receive their spreadsheets);
 * - H5: an <input type=file>, read through a blob URL.
 */
import Taro from '@tarojs/taro';
import type { RosterImportDto, RosterTemplateDto } from '@contract';
import { zh } from '@/text/zh';
import { callCloud } from './cloud';
import { openFile } from './ledger';
import { uploadFile } from './storage';

export interface ChosenFile {
  path: string;
  name: string;
}

const ROSTER_EXTENSIONS = ['xlsx', 'csv'];

/** Lets the administrator pick a roster file; null when they cancel. */
export async function chooseRosterFile(): Promise<ChosenFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ROSTER_EXTENSIONS });
      const file = result.tempFiles[0];
      return file ? { path: file.path, name: file.name } : null;
    } catch {
      return null;
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

/** Uploads the chosen roster and imports it: all or nothing, the answer lists the problems by row and column. */
export async function importRoster(file: ChosenFile): Promise<RosterImportDto> {
  const extension = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const cloudPath = `rosters/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`;
  const fileID = await uploadFile(file.path, cloudPath, zh.system);
  return callCloud('admin', 'importRoster', { fileID });
}

/** Makes the roster template and opens (weapp) or downloads (H5) it. */
export async function downloadRosterTemplate(): Promise<RosterTemplateDto> {
  const template = await callCloud('admin', 'rosterTemplate', {});
  await openFile(template);
  return template;
}

/** 限时办结 of a category, in working days (the county's administrator only). */
export async function setCategoryLimit(categoryId: string, timeLimitDays: number): Promise<void> {
  await callCloud('admin', 'setCategoryLimit', { categoryId, timeLimitDays });
}
