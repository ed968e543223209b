import { householdLabel, type Household } from '../../../domain/visits/Household';
import type { PersonRef } from '../../../domain/visits/Person';
import { sendSubscribeMessage } from '../../../shared/subscribeMessage';

/** The page a reminder opens. */
export const HOUSEHOLD_PAGE = 'packages/visits/household/index';

/**
 * 提醒走访 to each cadre who looks after the household, as the product's
 * 待办任务提醒 (shared/subscribeTemplates.ts). A message can be refused (the
 * cadre has no acceptance left): that never undoes the reminder, which is
 * already on the household; the cadres WeChat did not reach are returned
 * for the caller to record and tell staff.
 */
export async function sendVisitReminders(household: Household, to: PersonRef[], overdueDays: number, now: Date): Promise<PersonRef[]> {
  const values = {
    thing1: `走访 ${householdLabel(household)}`,
    phrase2: '走访提醒',
    time3: household.dueAt ? new Date(household.dueAt) : now,
    thing4: overdueDays > 0 ? `已超过走访周期${overdueDays}天` : '今天到了走访周期',
  };
  const outcomes = await Promise.all(
    to.map((person) => sendSubscribeMessage('requestTask', person.id, `${HOUSEHOLD_PAGE}?id=${household._id}`, values)),
  );
  return to.filter((_, index) => !outcomes[index].sent);
}
