import type { VisitDetailDto } from '../../../contract/visits';
import type { User } from '../../../domain/people/User';
import { stampKeyed } from '../../../domain/shared/clientKeys';
import { DomainError } from '../../../domain/shared/DomainError';
import { requireSupervisorOf } from '../../../domain/visits/access';
import { alreadyInVisitLog, applyVisitStep, type VisitStep } from '../../../domain/visits/callback';
import type { Visit } from '../../../domain/visits/Visit';
import type { Database } from '../../../shared/cloud';
import { loadPlaceNames } from './places';
import { loadVisitAs } from './relations';
import { findVisit, writeVisitStep } from './store';
import { visitDetail } from './toDto';

/**
 * A supervisor's step on a visit (回访), decided on the visit as read and
 * written on its version; a lost race reads it again and decides once more;
 * a key already in the visit's log changes nothing: the same request's
 * retry is answered, another request under it is KEY_REUSED.
 */
export async function runSupervisorStep(
  db: Database,
  supervisor: User,
  visitId: string,
  key: { opId: string; fingerprint: string },
  decide: (visit: Visit) => VisitStep,
): Promise<VisitDetailDto> {
  const { visit: first, role } = await loadVisitAs(db, supervisor, visitId);
  requireSupervisorOf(role);
  let visit = first;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (alreadyInVisitLog(visit, key.opId, key.fingerprint)) break;
    const decided = decide(visit);
    const step = { ...decided, log: stampKeyed(decided.log, key.fingerprint) };
    if (await writeVisitStep(db, visit, step)) {
      visit = applyVisitStep(visit, step);
      break;
    }
    const latest = await findVisit(db, visitId);
    if (!latest) throw new DomainError('NOT_FOUND', '没有找到这条走访记录');
    visit = latest;
    if (attempt === 1 && !alreadyInVisitLog(visit, key.opId, key.fingerprint)) throw new DomainError('CONFLICT');
  }
  return visitDetail(visit, role, await loadPlaceNames(db, [visit.placeIds]));
}
