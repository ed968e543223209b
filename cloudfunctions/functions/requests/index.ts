import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { accept } from './accept';
import { assignDepartment } from './assignDepartment';
import { addNote } from './addNote';
import { detail } from './detail';
import { escalate } from './escalate';
import { explain } from './explain';
import { fileOnBehalf } from './fileOnBehalf';
import { follow } from './follow';
import { formOptions } from './formOptions';
import { handOptions } from './handOptions';
import { inbox } from './inbox';
import { mine } from './mine';
import { notSolved } from './notSolved';
import { plan } from './plan';
import { plans } from './plans';
import { rate } from './rate';
import { recategorize } from './recategorize';
import { reassign } from './reassign';
import { reject } from './reject';
import { resolve } from './resolve';
import { resume } from './resume';
import { returnToTownship } from './returnToTownship';
import { similar } from './similar';
import { submit } from './submit';
import { suspend } from './suspend';
import { sweepDue } from './sweep';
import { unfollow } from './unfollow';

export const main = defineCloudFunction(
  'requests',
  {
    formOptions,
    similar,
    submit,
    fileOnBehalf,
    follow,
    unfollow,
    mine,
    detail,
    inbox,
    accept,
    addNote,
    resolve,
    escalate,
    suspend,
    resume,
    reject,
    rate,
    notSolved,
    recategorize,
    handOptions,
    assignDepartment,
    returnToTownship,
    reassign,
    explain,
    plan,
    plans,
  },
  { sweep: () => sweepDue() },
);
