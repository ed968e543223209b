import { stampKeyed } from '../../domain/shared/clientKeys';
import { DomainError } from '../../domain/shared/DomainError';
import { alreadyLogged } from '../../domain/visits/householdRecord';
import { isStaffOver } from '../../domain/visits/access';
import { daysOverdue } from '../../domain/visits/dueDate';
import { remindCaretakers, unreachedEntry } from '../../domain/visits/reminders';
import { defineAction } from '../../shared/defineAction';
import { caretakersOfOne } from './support/caretakers';
import { sendVisitReminders } from './support/notify';
import { appendHouseholdLog, findHousehold, writeHouseholdChange } from './support/store';

/**
 * 提醒走访: staff over a household that needs a visit remind the cadres who
 * look after it. The reminder is appended to the household's log (once per
 * key; at most once a day), then each cadre gets a subscribe message; the
 * ones WeChat did not reach are noted on the household too.
 */
export const remind = defineAction('visits', 'remind', {
  access: 'staff',
  run: async (input, { db, caller, now, fingerprint }) => {
    const household = await findHousehold(db, input.householdId);
    if (!household) throw new DomainError('NOT_FOUND', '没有找到这户的民情档案，请返回刷新');
    if (!isStaffOver(caller, household.placeIds)) throw new DomainError('OUT_OF_JURISDICTION');
    const earlier = alreadyLogged(household, input.opId, fingerprint())
      ? household.log.find((entry) => entry.opId === input.opId)
      : undefined;
    const caretakers = await caretakersOfOne(db, household);
    const names = caretakers.people.map((p) => p.name);
    if (earlier) {
      return { householdId: household._id, remindedAt: new Date(earlier.at).toISOString(), people: names, notified: 0, replayed: true };
    }
    const entry = remindCaretakers(household, { by: caller, caretakers: caretakers.people, now, opId: input.opId });
    // Written meanwhile (an edit, another reminder): the key decides whether this one landed.
    if (!(await writeHouseholdChange(db, household, { set: {}, log: stampKeyed([entry], fingerprint()) })))
      throw new DomainError('CONFLICT');
    const unreached = await sendVisitReminders(
      household,
      caretakers.people,
      household.dueAt ? daysOverdue(new Date(household.dueAt), now) : 0,
      now,
    );
    if (unreached.length > 0) {
      const [noted] = stampKeyed([unreachedEntry({ by: caller, unreached, now, opId: input.opId })], fingerprint());
      await appendHouseholdLog(db, household._id, noted);
    }
    const notified = caretakers.people.length - unreached.length;
    return { householdId: household._id, remindedAt: now.toISOString(), people: names, notified, replayed: false };
  },
});
