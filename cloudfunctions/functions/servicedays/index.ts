import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { addExtraDate } from './addExtraDate';
import { addWalkIn } from './addWalkIn';
import { book } from './book';
import { browse } from './browse';
import { cancelBooking } from './cancelBooking';
import { cancelDate } from './cancelDate';
import { checkIn } from './checkIn';
import { dayList } from './dayList';
import { getSession } from './getSession';
import { listServiceDays } from './listServiceDays';
import { markNoShow } from './markNoShow';
import { myBookings } from './myBookings';
import { remindDayBefore } from './remindDayBefore';
import { saveServiceDay } from './saveServiceDay';

export const main = defineCloudFunction(
  'servicedays',
  {
    listServiceDays,
    saveServiceDay,
    cancelDate,
    addExtraDate,
    dayList,
    checkIn,
    addWalkIn,
    markNoShow,
    browse,
    getSession,
    book,
    cancelBooking,
    myBookings,
  },
  { remindDayBefore },
);
