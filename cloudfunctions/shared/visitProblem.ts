import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { findById } from './findById';

/** The fields of a visit (民情日记, `visits`) another area may rely on. */
interface VisitProblemView {
  cadreId: string;
  problems: Array<{ key: string; householdId: string }>;
}

/**
 * Whether a 诉求 filed with this key by this person is a problem recorded on
 * their visit: only then does the request record the visit it came from, so
 * a link between the two is never claimed by anyone else.
 */
export async function isOwnVisitProblem(db: Database, visitId: string, filerId: string, key: string): Promise<boolean> {
  const visit = await findById<VisitProblemView>(db, COLLECTIONS.visits, visitId);
  return !!visit && visit.cadreId === filerId && visit.problems.some((problem) => problem.key === key);
}
