import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { addPlace } from './addPlace';
import { importRoster } from './importRoster';
import { renamePlace } from './renamePlace';
import { rosterTemplate } from './rosterTemplate';
import { setCategoryLimit } from './setCategoryLimit';
import { setGridDuty } from './setGridDuty';
import { setHolidays } from './setHolidays';
import { setStaffScope } from './setStaffScope';

export const main = defineCloudFunction('admin', { addPlace, renamePlace, setCategoryLimit, setHolidays, setStaffScope, setGridDuty, importRoster, rosterTemplate });
