/**
 * 诉求 calls the main package makes: 我的诉求, a handler's list on 首页, the
 * filing form's options (kept for offline use), sending a filing or a 代办
 * from the outbox, and the console's 中长期规划. Handling one request (its page, the
 * steps, following, 改派/交办 options, 此问题已有人反映) is
 * services/requestHandling.ts, which only the requests subpackage carries.
 */
import type {
  FormOptionsDto,
  InboxDto,
  PlanListDto,
  InboxFilters,
  ListCursorDto,
  RequestListDto,
  RequestOf,
  SubmitResultDto,
} from '@contract';
import { callCloud } from './cloud';

/** Categories, the home grid, the grids one may file for (代办), subscribe templates. */
export function formOptions(): Promise<FormOptionsDto> {
  return callCloud('requests', 'formOptions', {});
}

export function submit(payload: RequestOf<'requests', 'submit'>): Promise<SubmitResultDto> {
  return callCloud('requests', 'submit', payload);
}

/** 代办: a filing for a resident, sent from the outbox as a resident's own is. */
export function fileOnBehalf(payload: RequestOf<'requests', 'fileOnBehalf'>): Promise<SubmitResultDto> {
  return callCloud('requests', 'fileOnBehalf', payload);
}

/** A page of 我的诉求; `after` is where the last page ended. */
export function mine(status: 'open' | 'done', after?: ListCursorDto): Promise<RequestListDto> {
  return callCloud('requests', 'mine', after ? { status, after } : { status });
}

/** A page of a handler's list, filtered by the database; `after` is where the last page ended. */
export function inbox(view: 'mine' | 'area' | 'done', filters: InboxFilters = {}, after?: ListCursorDto): Promise<InboxDto> {
  return callCloud('requests', 'inbox', after ? { view, ...filters, after } : { view, ...filters });
}

/** 中长期规划: a page of the plans of the staff member's jurisdiction, soonest date first (`due`: only those whose date came). */
export function plans(due: boolean, after?: PlanListDto['next']): Promise<PlanListDto> {
  return callCloud('requests', 'plans', after ? { due, after } : { due });
}
