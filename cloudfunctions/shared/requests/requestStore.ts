import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { alreadyApplied } from '../../domain/requests/access';
import { applyChange, type RequestChange } from '../../domain/requests/requestChange';
import { DomainError } from '../../domain/shared/DomainError';
import type { Database } from '../../shared/cloud';
import { COLLECTIONS } from '../../shared/collections';
import { conditionalUpdate } from '../../shared/conditionalUpdate';
import { findById } from '../../shared/findById';

export async function loadRequest(db: Database, requestId: string): Promise<ResidentRequest> {
  const request = await findById<ResidentRequest>(db, COLLECTIONS.requests, requestId);
  if (!request) throw new DomainError('NOT_FOUND', '没有找到这件诉求，请返回列表刷新');
  return request;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The change as update data: object fields are replaced whole (`_.set`; the
 * SDK would otherwise merge them key by key), the ledger is only pushed to.
 */
function updateData(db: Database, change: RequestChange): Record<string, unknown> {
  const _ = db.command;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change.set)) {
    if (value === undefined) continue;
    data[key] = isPlainObject(value) ? _.set(value) : value;
  }
  if (change.events.length > 0) data.ledger = _.push(change.events);
  if (change.bumpsVersion) data.version = _.inc(1);
  return data;
}

/**
 * Writes a step as one conditional update, so the new state and its ledger
 * entries land together or not at all. A state change requires the version
 * the step was decided on (two handlers at once: one wins); a note only
 * requires that the request is still open and the note not yet added.
 * Returns the request as written, or null if the condition no longer held.
 */
export async function writeChange(
  db: Database,
  request: ResidentRequest,
  change: RequestChange,
  condition: Record<string, unknown> = { version: request.version },
): Promise<ResidentRequest | null> {
  if (change.events.length === 0 && Object.keys(change.set).length === 0) return request;
  const written = await conditionalUpdate(db.collection(COLLECTIONS.requests).where({ _id: request._id, ...condition }), updateData(db, change));
  return written ? applyChange(request, change) : null;
}

/**
 * After a lost conditional write: if the same step (same key) went through
 * already, its result is the answer; otherwise someone else acted first.
 */
export async function afterLostWrite(db: Database, requestId: string, opId: string): Promise<ResidentRequest> {
  const current = await loadRequest(db, requestId);
  if (alreadyApplied(current, opId)) return current;
  throw new DomainError('CONFLICT');
}
