import type { LastEdit } from '../shared/lastEdit';
import type { CreatedUnderKey } from '../shared/clientKeys';
import type { ProxyStage } from './vocabulary';

/** Working days each stage may take. */
export type StageDays = Record<ProxyStage, number>;

/** The office that decides: a department of the departments feature when one fits, else named in words. */
export interface ProxyOffice {
  departmentId: string | null;
  name: string;
}

/** One edit of an item, appended: the catalogue is never changed without a trace. */
export interface ProxyItemEdit {
  at: Date;
  /** The administrator's OPENID. */
  by: string;
  what: string;
}

/**
 * A proxy service of the catalogue (代办事项): what to collect from the
 * resident, who decides, how long each stage may take, and a short guide for
 * the agent. A retired item opens no new cases; the cases opened with it
 * keep the snapshot they were opened with (`ProxyItemSnapshot`).
 */
export interface ProxyItem extends CreatedUnderKey {
  _id: string;
  name: string;
  materials: string[];
  office: ProxyOffice;
  stageDays: StageDays;
  guide: string;
  active: boolean;
  /** Where it is listed (smaller first). */
  order: number;
  /** Counts the edits: a case names the version it was opened with. */
  version: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
  createdAt: Date;
  updatedAt: Date;
  history: ProxyItemEdit[];
}

/** What a case keeps of its item: later edits of the catalogue do not change an open case. */
export type ProxyItemSnapshot = Pick<ProxyItem, 'name' | 'materials' | 'office' | 'stageDays' | 'guide' | 'version'> & { id: string };

export function snapshotOf(item: ProxyItem): ProxyItemSnapshot {
  const { _id, name, materials, office, stageDays, guide, version } = item;
  return { id: _id, name, materials: [...materials], office: { ...office }, stageDays: { ...stageDays }, guide, version };
}
