import type { Planner } from '../../../domain/requests/planSteps';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readDocs } from '../../../shared/readDocs';

/** Plans a page shows; one more is read to know whether another page follows. */
export const PLAN_PAGE_SIZE = 20;

/** Every stored plan date is after this: `planDueAt >= EPOCH` is "has an outstanding plan", as an index range. */
const EPOCH = new Date(0);

export interface PlanPage {
  docs: ResidentRequest[];
  next: { at: string; id: string } | null;
  total: number;
}

/**
 * The outstanding plans of a jurisdiction, soonest date first, a page after
 * the cursor (plan date, id); `due` only those whose date has come. One
 * index (`placeIds`, `planDueAt`, `_id`) serves the page and the count.
 */
export async function pageOfPlans(
  db: Database,
  scopeId: string,
  due: boolean,
  after: { at: string; id: string } | undefined,
  now: Date,
): Promise<PlanPage> {
  const _ = db.command;
  const base = [{ placeIds: scopeId }, { planDueAt: _.gte(EPOCH) }, ...(due ? [{ planDueAt: _.lte(now) }] : [])];
  const from = after ? [_.or([{ planDueAt: _.gt(new Date(after.at)) }, { planDueAt: new Date(after.at), _id: _.gt(after.id) }])] : [];
  const collection = db.collection(COLLECTIONS.requests);
  const [docs, counted] = await Promise.all([
    readDocs<ResidentRequest>(
      collection
        .where(_.and([...base, ...from]))
        .orderBy('planDueAt', 'asc')
        .orderBy('_id', 'asc')
        .field({ ledger: false })
        .limit(PLAN_PAGE_SIZE + 1),
    ),
    collection.where(_.and(base)).count() as Promise<{ total: number }>,
  ]);
  const page = docs.slice(0, PLAN_PAGE_SIZE);
  const last = page[page.length - 1];
  const next = docs.length > PLAN_PAGE_SIZE && last.planDueAt ? { at: new Date(last.planDueAt).toISOString(), id: last._id } : null;
  return { docs: page, next, total: counted.total };
}

/** Those who made the plans that have come due (the timer reopens each with its planner, if they still serve there). */
export async function loadPlanners(db: Database, ids: string[]): Promise<Planner[]> {
  if (ids.length === 0) return [];
  return readDocs<Planner>(
    db
      .collection(COLLECTIONS.users)
      .where({ _id: db.command.in(ids) })
      .field({ _id: true, name: true, roles: true, gridDuties: true, nodeDuties: true, staffScopeId: true, departmentId: true })
      .limit(ids.length),
  );
}
