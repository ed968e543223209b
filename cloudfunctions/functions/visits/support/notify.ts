import type { Household } from '../../../domain/visits/Household';
import { householdLabel } from '../../../domain/visits/Household';
import type { PersonRef } from '../../../domain/visits/Person';
import { cloud } from '../../../shared/cloud';
import { clip, wechatTime } from '../../../shared/subscribeText';
import { HOUSEHOLD_PAGE, MINIPROGRAM_STATE, VISIT_TEMPLATES } from './subscribeTemplates';

/**
 * 提醒走访 to each cadre who looks after the household. A message can fail
 * (the cadre did not subscribe, the quota is used up): that is logged and
 * counted, never undoing the reminder, which is already on the household.
 * Returns how many were accepted.
 */
export async function sendVisitReminders(household: Household, to: PersonRef[], overdueDays: number, now: Date): Promise<number> {
  const t = VISIT_TEMPLATES.visitReminder;
  const data = {
    [t.keys.subject]: { value: clip(`走访 ${householdLabel(household)}`, 20) },
    [t.keys.kind]: { value: clip('走访提醒', 5) },
    [t.keys.deadline]: { value: wechatTime(household.dueAt ? new Date(household.dueAt) : now) },
    [t.keys.remark]: { value: clip(overdueDays > 0 ? `已超过走访周期${overdueDays}天` : '今天到了走访周期', 20) },
  };
  const results = await Promise.all(
    to.map((person) =>
      cloud.openapi.subscribeMessage
        .send({ touser: person.id, templateId: t.id, page: `${HOUSEHOLD_PAGE}?id=${household._id}`, data, miniprogramState: MINIPROGRAM_STATE })
        .then(
          () => true,
          (error: unknown) => {
            console.warn(`[visits] reminder to ${person.id} not sent`, error);
            return false;
          },
        ),
    ),
  );
  return results.filter(Boolean).length;
}
