import type { ResidentRequest } from './ResidentRequest';
import { daysOverdue, workingDaysLeft } from '../calendar/workCalendar';

export interface Countdown {
  overdue: boolean;
  days: number;
  label: string;
}

/** Time left on the request's clock, as the inbox shows it ("剩2个工作日", "已超期3天"). */
export function countdownOf(request: Pick<ResidentRequest, 'state' | 'deadline' | 'dueWorkdays'>, now: Date): Countdown | null {
  if (request.state === 'suspended') return { overdue: false, days: 0, label: '已暂停计时' };
  if (!request.deadline) return null;
  if (now.getTime() > request.deadline.getTime()) {
    const days = daysOverdue(now, request.deadline);
    return { overdue: true, days, label: `已超期${days}天` };
  }
  const days = workingDaysLeft(now, request.dueWorkdays);
  return { overdue: false, days, label: days === 0 ? '今天到期' : `剩${days}个工作日` };
}
