import type { ProxyCaseDto } from '../../../contract/proxy';
import type { WorkCalendar } from '../../../domain/calendar/workCalendar';
import type { User } from '../../../domain/people/User';
import { stepAlreadyTaken, type ProxyStep } from '../../../domain/proxy/caseSteps';
import type { ProxyCase } from '../../../domain/proxy/ProxyCase';
import { mayViewCase } from '../../../domain/proxy/residentSteps';
import { DomainError } from '../../../domain/shared/DomainError';
import { stampFingerprint } from '../../../domain/shared/clientKeys';
import type { RegisteredContext } from '../../../shared/ActionContext';
import { uploadFolder } from '../../../shared/uploadFolder';
import { loadCalendar } from '../../../shared/workCalendarStore';
import { findCase, writeCaseStep } from './store';
import { caseDto } from './toDto';

/** A case the caller may see, or NOT_FOUND (a case of someone else's area is not told apart from none). */
export async function loadCaseFor(context: RegisteredContext, caseId: string): Promise<ProxyCase> {
  const proxyCase = await findCase(context.db, caseId);
  if (!proxyCase || !mayViewCase(proxyCase, context.caller)) throw new DomainError('NOT_FOUND', '没有找到这件代办，可能不是您经办的');
  return proxyCase;
}

export function stepOf(caller: User, input: { opId: string; version: number }, now: Date): ProxyStep {
  return {
    actor: { id: caller._id, name: caller.name, roles: caller.roles, gridDuties: caller.gridDuties, staffScopeId: caller.staffScopeId },
    now,
    opId: input.opId,
    version: input.version,
    uploads: uploadFolder('proxy', caller._id),
  };
}

/**
 * A step on a case: decided by the domain on the case as read and written
 * on its version. A key already in the timeline for the same request (a
 * retry) changes nothing and answers the case as it is; the key under
 * another request is KEY_REUSED; a write that lost to another answers
 * CONFLICT unless the other was this same step. What must follow the
 * write (a message) runs only after this call's own write, so a retry never
 * sends it twice.
 */
export async function runCaseStep(
  context: RegisteredContext,
  input: { caseId: string; opId: string },
  decide: (proxyCase: ProxyCase, calendar: WorkCalendar) => ProxyCase | Promise<ProxyCase>,
  /** What follows this call's own write (a notice), never a replay's: answers the case to show. */
  afterWrite?: (written: ProxyCase) => Promise<ProxyCase>,
): Promise<ProxyCaseDto> {
  const { db, caller, now } = context;
  const fingerprint = context.fingerprint();
  const before = await loadCaseFor(context, input.caseId);
  if (stepAlreadyTaken(before, input.opId, fingerprint)) return caseDto(before, caller, now);
  const decided = await decide(before, await loadCalendar(db));
  const added = stampFingerprint(decided.timeline.slice(before.timeline.length), [input.opId], fingerprint);
  const after = { ...decided, timeline: [...before.timeline, ...added] };
  if (await writeCaseStep(db, before, after)) return caseDto(afterWrite ? await afterWrite(after) : after, caller, now);
  const latest = await findCase(db, input.caseId);
  if (latest && stepAlreadyTaken(latest, input.opId, fingerprint)) return caseDto(latest, caller, now);
  throw new DomainError('CONFLICT', '这件代办刚被更新过，请刷新后再办');
}
