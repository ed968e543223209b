import { z } from 'zod';
import { emptySchema, idSchema } from './common';
import type { PlaceDto } from './users';
import { localDateSchema } from './servicedays';

/**
 * The ledger (台账) as an Excel file: requests with their timelines,
 * service-day bookings, party members' service logs and 民情走访 visits, for a place of the
 * staff member's jurisdiction and a range of China dates.
 */
export const ledgerRequests = {
  /** The places the caller may export: their jurisdiction and what lies under it, in tree order. */
  ledgerPlaces: emptySchema,
  exportLedger: z
    .object({
      /** The place (county, township, village or grid) the ledger covers; within the caller's jurisdiction. */
      scopeId: idSchema,
      /** First and last China day, both included. */
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
  /** 民情走访: visits made in the place in the range (the sheet has a row per visit and household). */
  visits: number;
  /** 代理代办: cases opened or handed back in the place in the range (a row each; 代办员统计 sums them per agent). */
  proxyCases: number;
}

export interface LedgerFileDto {
  /** Downloaded with wx.cloud.downloadFile (a temporary URL would need a configured download domain). */
  fileID: string;
  fileName: string;
  scopeName: string;
  from: string;
  to: string;
  counts: LedgerCountsDto;
}

export interface LedgerPlaceDto extends PlaceDto {
  /** 0 for the caller's jurisdiction, 1 for what lies directly under it, and so on (for indenting). */
  depth: number;
}

export interface LedgerResponses {
  ledgerPlaces: { places: LedgerPlaceDto[] };
  exportLedger: LedgerFileDto;
}
