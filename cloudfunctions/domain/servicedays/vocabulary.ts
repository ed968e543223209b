/** The words of 便民服务日 (service days), zod-free: the domain, the contract and the mini-program share them. */

/** Which dates a service day falls on: weekdays 1 (Monday) … 7 (Sunday), or days of the month. */
export type Recurrence = { kind: 'weekly'; weekdays: number[] } | { kind: 'monthly'; days: number[] };

export type BookingStatus = 'booked' | 'cancelled' | 'checkedIn' | 'noShow';

export type BookingEventType =
  | 'booked'
  | 'cancelled'
  | 'checkedIn'
  | 'noShow'
  | 'walkIn'
  | 'dayCancelled'
  | 'dayReopened'
  | 'rescheduled'
  | 'reminded'
  | 'reminderFailed'
  | 'noticeSent'
  | 'noticeFailed';
