import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { bookingSheet } from '../../domain/ledger/bookingSheet';
import { ledgerRange } from '../../domain/ledger/ledgerRange';
import { proxyAgentSheet } from '../../domain/ledger/proxyAgentSheet';
import { proxyCaseSheet } from '../../domain/ledger/proxyCaseSheet';
import { requestSheet } from '../../domain/ledger/requestSheet';
import { requireLedgerScope } from '../../domain/ledger/requireLedgerScope';
import { serviceLogSheet } from '../../domain/ledger/serviceLogSheet';
import { visitSheet } from '../../domain/ledger/visitSheet';
import { COLLECTIONS } from '../../shared/collections';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { uploadForDownload } from '../../shared/uploadForDownload';
import { loadLedgerRecords } from './support/loadLedgerRecords';
import { loadProxyRecords } from './support/loadProxyRecords';
import { loadVisitRecords } from './support/loadVisitRecords';
import { writeWorkbook } from '../../shared/sheets/writeWorkbook';

/**
 * Writes the ledger of a place (requests, bookings, service logs, 民情走访, 代理代办 and its agents' figures) in the caller's jurisdiction for a range of
 * days as an .xlsx file in cloud storage (one file per export, kept) and
 * returns its fileID for the mini-program to download.
 */
export const exportLedger = defineAction('ledger', 'exportLedger', {
  access: 'staff',
  async run({ scopeId, from, to }, { db, caller, now }) {
    const place = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, scopeId);
    requireLedgerScope(caller, place);
    const range = ledgerRange(from, to);
    const [records, visits, proxy] = await Promise.all([
      loadLedgerRecords(db, place!, range),
      loadVisitRecords(db, place!, range),
      loadProxyRecords(db, place!, range),
    ]);
    const requests = requestSheet(records.requests);
    const sheets = [
      requests,
      bookingSheet(records.sessions),
      serviceLogSheet(records.logs, records.names),
      visitSheet(visits.visits, visits.names),
      proxyCaseSheet(proxy.cases, proxy, now),
      proxyAgentSheet(proxy.cases, { from: range.start, to: range.end, label: `${from} 至 ${to}` }, proxy),
    ];
    const content = await writeWorkbook(sheets, now);
    const fileID = await uploadForDownload('ledgers', caller._id, `${place!._id}_${from}_${to}_${now.getTime()}.xlsx`, content);
    return {
      fileID,
      fileName: `台账_${place!.name}_${from}至${to}.xlsx`,
      scopeName: place!.name,
      from,
      to,
      counts: {
        requests: records.requests.length,
        timelineRows: requests.rows.length,
        bookings: sheets[1].rows.length,
        serviceLogs: sheets[2].rows.length,
        visits: visits.visits.length,
        proxyCases: proxy.cases.length,
      },
    };
  },
});
