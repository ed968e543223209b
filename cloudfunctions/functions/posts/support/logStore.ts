import { createHash } from 'node:crypto';
import type { ServiceLog } from '../../../domain/posts/ServiceLog';
import { addOnce } from '../../../shared/addOnce';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { countOf, updatedCount } from '../../../shared/dbResults';
import { findById } from '../../../shared/findById';
import { readDocs } from '../../../shared/readDocs';

/** The posts function's reads and writes of service logs (上岗履诺), named by what they are for. */

/** A log's id: from the member and the phone's key, so a resend finds the log it made. */
export function serviceLogIdOf(memberId: string, clientKey: string): string {
  return `sl${createHash('sha256').update(`${memberId}\n${clientKey}`).digest('hex').slice(0, 30)}`;
}

/** Adds the log under its id; false when it is there already (a resend). */
export function addServiceLogOnce(db: Database, log: ServiceLog): Promise<boolean> {
  return addOnce(db, COLLECTIONS.serviceLogs, log);
}

export function findLog(db: Database, logId: string): Promise<ServiceLog | null> {
  return findById<ServiceLog>(db, COLLECTIONS.serviceLogs, logId);
}

/** Records a decision on a log still pending; whether this call decided it. */
export async function decidePendingLog(db: Database, logId: string, patch: Partial<ServiceLog>): Promise<boolean> {
  return (
    (await updatedCount(db.collection(COLLECTIONS.serviceLogs).where({ _id: logId, status: 'pending' }).update({ data: patch }))) === 1
  );
}

/** A member's logs of a year, newest first. */
export function logsOfMember(db: Database, memberId: string, year: number): Promise<ServiceLog[]> {
  return readDocs<ServiceLog>(db.collection(COLLECTIONS.serviceLogs).where({ memberId, year }).orderBy('date', 'desc').limit(100));
}

/** Who waits on a verifier: pending logs of their duty grids and of their branches, never their own. */
export interface VerifierReach {
  verifierId: string;
  gridIds: string[];
  branchIds: string[];
}

function pendingFor(db: Database, verifierId: string) {
  return { status: 'pending', memberId: db.command.neq(verifierId) };
}

/** Logs waiting for the verifier, oldest first: two indexed reads rather than one $or the indexes cannot serve. */
export async function logsAwaiting(db: Database, { verifierId, gridIds, branchIds }: VerifierReach): Promise<ServiceLog[]> {
  const _ = db.command;
  const logs = db.collection(COLLECTIONS.serviceLogs);
  const pending = pendingFor(db, verifierId);
  const [byGrid, byBranch] = await Promise.all([
    gridIds.length
      ? readDocs<ServiceLog>(
          logs
            .where({ gridId: _.in(gridIds), ...pending })
            .orderBy('createdAt', 'asc')
            .limit(200),
        )
      : Promise.resolve([]),
    branchIds.length
      ? readDocs<ServiceLog>(
          logs
            .where({ branchId: _.in(branchIds), ...pending })
            .orderBy('createdAt', 'asc')
            .limit(200),
        )
      : Promise.resolve([]),
  ]);
  const unique = new Map([...byGrid, ...byBranch].map((log) => [log._id, log]));
  return [...unique.values()].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
}

/** How many logs wait for the verifier (a branch's log in one of their grids counted once). */
export async function countLogsAwaiting(db: Database, { verifierId, gridIds, branchIds }: VerifierReach): Promise<number> {
  const _ = db.command;
  const logs = db.collection(COLLECTIONS.serviceLogs);
  const pending = pendingFor(db, verifierId);
  const [byGrid, byBranchOutsideMyGrids] = await Promise.all([
    gridIds.length ? countOf(logs.where({ gridId: _.in(gridIds), ...pending })) : Promise.resolve(0),
    branchIds.length ? countOf(logs.where({ branchId: _.in(branchIds), gridId: _.nin(gridIds), ...pending })) : Promise.resolve(0),
  ]);
  return byGrid + byBranchOutsideMyGrids;
}
