import { z } from 'zod';
import { idSchema } from './common';
import { localDateSchema } from './servicedays';

/**
 * The ledger (台账) as an Excel file: requests with their timelines,
 * service-day bookings and party members' service logs, for a place of the
 * staff member's jurisdiction and a range of Beijing dates.
 */
export const ledgerRequests = {
  exportLedger: z
    .object({
      /** The place (county, township, village or grid) the ledger covers; within the caller's jurisdiction. */
      scopeId: idSchema,
      /** First and last Beijing day, both included. */
      from: localDateSchema,
      to: localDateSchema,
    })
    .strict(),
};

export interface LedgerCountsDto {
  requests: number;
  timelineRows: number;
  bookings: number;
  serviceLogs: number;
}

export interface LedgerFileDto {
  fileID: string;
  /** Temporary download URL ('' when storage could not give one: ask again). */
  url: string;
  fileName: string;
  scopeName: string;
  from: string;
  to: string;
  counts: LedgerCountsDto;
}

export interface LedgerResponses {
  exportLedger: LedgerFileDto;
}
