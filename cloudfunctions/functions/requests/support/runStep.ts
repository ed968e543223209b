import type { RequestDetailDto, RequestStepName } from '../../../contract/requests';
import { alreadyApplied, requireSight, requireStep, requireVersion } from '../../../domain/requests/access';
import { actorFor, type RequestChange } from '../../../domain/requests/requestChange';
import type { Actor, ResidentRequest } from '../../../domain/requests/ResidentRequest';
import type { StaffMember } from '../../../domain/requests/staffToAlert';
import { stampFingerprint } from '../../../domain/shared/clientKeys';
import type { RegisteredContext } from '../../../shared/ActionContext';
import { sendNotices } from '../../../shared/requests/notify';
import { afterLostWrite, loadRequest, writeChange } from '../../../shared/requests/requestStore';
import { toDetailDto } from '../../../shared/requests/toRequestDto';

export interface Decision {
  change: RequestChange;
  /** Staff already read (by routing), so alerts need no second read. */
  staff?: StaffMember[];
  /** The write's condition when it is not "the version the step saw". */
  condition?: Record<string, unknown>;
}

/**
 * The shape every step on an existing request has: read it (one action),
 * check that the caller may take this step (jurisdiction, version, role;
 * the domain checks the state), let the domain decide the change, write it conditionally (one
 * action), tell people, answer with the request as it now is. A step
 * retried with the same key after it went through answers the same.
 */
export async function runStep(
  context: RegisteredContext,
  input: { requestId: string; opId: string; version?: number },
  step: RequestStepName,
  decide: (request: ResidentRequest, actor: Actor) => Decision | Promise<Decision>,
): Promise<RequestDetailDto> {
  const { db, caller, now } = context;
  const request = await loadRequest(db, input.requestId);
  requireSight(caller, request);
  const fingerprint = context.fingerprint();
  if (alreadyApplied(request, input.opId, fingerprint)) return toDetailDto(null, request, caller, now);
  // Someone acted since the caller looked: that is the news, whatever they may do now.
  if (input.version !== undefined) requireVersion(request, input.version);
  requireStep(caller, request, step);
  const actor = actorFor(caller, request);
  const decided = await decide(request, actor);
  const change = { ...decided.change, events: stampFingerprint(decided.change.events, [input.opId], fingerprint) };
  const written = await writeChange(db, request, change, decided.condition);
  if (!written) return toDetailDto(null, await afterLostWrite(db, request._id, input.opId, fingerprint), caller, now);
  await sendNotices(db, change.notices, written, now, { staff: decided.staff, actor: caller._id });
  return toDetailDto(null, written, caller, now);
}
