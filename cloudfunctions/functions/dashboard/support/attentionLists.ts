import type { DashboardDto } from '../../../contract/dashboard';
import { UNANSWERED_FLAG_MS, type Message } from '../../../domain/messages/Message';
import type { ResidentRequest } from '../../../domain/requests/ResidentRequest';
import { WORKING_STATES } from '../../../domain/requests/requestStates';
import type { Database } from '../../../shared/cloud';
import { COLLECTIONS } from '../../../shared/collections';
import { readDocs } from '../../../shared/readDocs';

const DAY_MS = 24 * 3_600_000;
const LIST_LIMIT = 100;

function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** 督办: open requests of the subtree past their deadline, longest overdue first (an index on `deadline`). */
export async function overdueList(db: Database, scopeId: string, now: Date): Promise<DashboardDto['overdue']> {
  const _ = db.command;
  const rows = await readDocs<ResidentRequest>(
    db
      .collection(COLLECTIONS.requests)
      .where({ deadline: _.lte(now), placeIds: scopeId, state: _.in([...WORKING_STATES]) })
      // Of the ledger only what finds the last 督办: a long ledger is not read whole.
      .field({
        _id: true,
        code: true,
        text: true,
        villageName: true,
        gridName: true,
        handler: true,
        deadline: true,
        'ledger.kind': true,
        'ledger.at': true,
      })
      .orderBy('deadline', 'asc')
      .limit(LIST_LIMIT),
  );
  return rows.map((r) => {
    const reminders = r.ledger.filter((e) => e.kind === 'supervised');
    return {
      id: r._id,
      code: r.code,
      excerpt: excerpt(r.text),
      place: `${r.villageName} ${r.gridName}`,
      handlerName: r.handler ? `${r.handler.name}（${r.handler.title}）` : null,
      deadline: r.deadline!.toISOString(),
      daysOverdue: Math.floor((now.getTime() - r.deadline!.getTime()) / DAY_MS),
      remindedAt: reminders.length > 0 ? reminders[reminders.length - 1].at.toISOString() : null,
    };
  });
}

/** Messages of the subtree waiting for an answer; the ones waiting over 24 hours listed. */
export async function messageFigures(db: Database, scopeId: string, now: Date): Promise<DashboardDto['messages']> {
  const _ = db.command;
  const collection = db.collection(COLLECTIONS.messages);
  const waiting = (await collection.where({ placeIds: scopeId, status: 'waiting' }).count()) as { total: number };
  const late = await readDocs<Message>(
    collection
      .where({ waitingSince: _.lt(new Date(now.getTime() - UNANSWERED_FLAG_MS)), placeIds: scopeId, status: 'waiting' })
      .field({ _id: true, text: true, villageName: true, ownerName: true, waitingSince: true })
      .orderBy('waitingSince', 'asc')
      .limit(LIST_LIMIT),
  );
  return {
    waiting: waiting.total,
    unansweredOver24h: late.map((m) => ({
      id: m._id,
      excerpt: excerpt(m.text),
      place: m.villageName,
      ownerName: m.ownerName,
      waitingHours: Math.floor((now.getTime() - m.waitingSince!.getTime()) / 3_600_000),
    })),
  };
}
