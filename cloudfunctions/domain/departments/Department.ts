import type { LastEdit } from '../shared/lastEdit';
import type { DepartmentLevel } from './vocabulary';

/** One edit of a department, appended (a department is never edited without a trace). */
export interface DepartmentEdit {
  at: Date;
  /** The administrator's OPENID. */
  by: string;
  what: string;
}

/**
 * A department requests can be assigned to: a county bureau (县民政局) or a
 * township station (民政所). Its staff are the people whose `departmentId`
 * names it; its categories are the ones it takes (offered first when staff
 * choose where to send a request of that category).
 */
export interface Department {
  _id: string;
  name: string;
  level: DepartmentLevel;
  /** The county (县直部门) or the township (乡镇站所) it serves. */
  placeId: string;
  placeName: string;
  categoryIds: string[];
  /** A retired department takes no new requests; what it holds stays with it. */
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  history: DepartmentEdit[];
  /** One more with every save (absent on records from before: 0); an editor saves only on the version it opened. */
  version?: number;
  /** The edit that produced the version (absent before, or when another write produced it). */
  lastEdit?: LastEdit;
}
