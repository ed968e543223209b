import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { addPlace } from './addPlace';
import { categories } from './categories';
import { departments } from './departments';
import { findPerson } from './findPerson';
import { importRoster } from './importRoster';
import { placeChildren } from './placeChildren';
import { placePeople } from './placePeople';
import { renamePlace } from './renamePlace';
import { saveCategory } from './saveCategory';
import { saveDepartment } from './saveDepartment';
import { rosterTemplate } from './rosterTemplate';
import { setCategoryActive } from './setCategoryActive';
import { setCategoryOrder } from './setCategoryOrder';
import { setDepartmentMember } from './setDepartmentMember';
import { setGridDuty } from './setGridDuty';
import { setHolidays } from './setHolidays';
import { setStaffScope } from './setStaffScope';
import { workCalendar } from './workCalendar';

export const main = defineCloudFunction('admin', {
  addPlace,
  renamePlace,
  categories,
  saveCategory,
  setCategoryOrder,
  setCategoryActive,
  setHolidays,
  setStaffScope,
  setGridDuty,
  importRoster,
  rosterTemplate,
  placeChildren,
  placePeople,
  findPerson,
  workCalendar,
  departments,
  saveDepartment,
  setDepartmentMember,
});
