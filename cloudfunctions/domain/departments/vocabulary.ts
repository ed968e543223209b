/** The words of departments (部门), zod-free: the domain, the contract and the mini-program share them. */

/** 县直部门 serve the whole county; 乡镇站所 (民政所, 人社所 …) one township. */
export const DEPARTMENT_LEVELS = ['county', 'township'] as const;
export type DepartmentLevel = (typeof DEPARTMENT_LEVELS)[number];

export const DEPARTMENT_LEVEL_LABELS: Record<DepartmentLevel, string> = {
  county: '县直部门',
  township: '乡镇站所',
};

/** 限期解决: the longest deadline a department can be given, in working days (three months of work). */
export const MAX_DEPARTMENT_WORKDAYS = 60;
