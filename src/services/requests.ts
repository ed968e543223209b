import type {
  FormOptionsDto,
  HandOptionsDto,
  InboxDto,
  PlanListDto,
  InboxFilters,
  ListCursorDto,
  RequestDetailDto,
  RequestListDto,
  RequestOf,
  RequestStepName,
  SimilarRequestDto,
  SubmitResultDto,
} from '@contract';
import { callCloud } from './cloud';

/** Categories, the home grid, the grids one may file for (代办), subscribe templates. */
export function formOptions(): Promise<FormOptionsDto> {
  return callCloud('requests', 'formOptions', {});
}

/** 此问题已有人反映: open requests of the same grid and category from the last 14 days. */
export async function similar(gridId: string, categoryId: string): Promise<SimilarRequestDto[]> {
  return (await callCloud('requests', 'similar', { gridId, categoryId })).items;
}

export function submit(payload: RequestOf<'requests', 'submit'>): Promise<SubmitResultDto> {
  return callCloud('requests', 'submit', payload);
}

export function fileOnBehalf(payload: RequestOf<'requests', 'fileOnBehalf'>): Promise<SubmitResultDto> {
  return callCloud('requests', 'fileOnBehalf', payload);
}

export function follow(requestId: string): Promise<RequestDetailDto> {
  return callCloud('requests', 'follow', { requestId });
}

export async function unfollow(requestId: string): Promise<void> {
  await callCloud('requests', 'unfollow', { requestId });
}

/** Who the request could be handed to: people (改派) and departments (交办). */
export function handOptions(requestId: string): Promise<HandOptionsDto> {
  return callCloud('requests', 'handOptions', { requestId });
}

/** A page of 我的诉求; `after` is where the last page ended. */
export function mine(status: 'open' | 'done', after?: ListCursorDto): Promise<RequestListDto> {
  return callCloud('requests', 'mine', after ? { status, after } : { status });
}

export function detail(requestId: string): Promise<RequestDetailDto> {
  return callCloud('requests', 'detail', { requestId });
}

/** A page of a handler's list, filtered by the database; `after` is where the last page ended. */
export function inbox(view: 'mine' | 'area' | 'done', filters: InboxFilters = {}, after?: ListCursorDto): Promise<InboxDto> {
  return callCloud('requests', 'inbox', after ? { view, ...filters, after } : { view, ...filters });
}

/** 中长期规划: a page of the plans of the staff member's jurisdiction, soonest date first (`due`: only those whose date came). */
export function plans(due: boolean, after?: PlanListDto['next']): Promise<PlanListDto> {
  return callCloud('requests', 'plans', after ? { due, after } : { due });
}

/** The steps on a request; each carries the version the person saw and a key for safe retries. */
/** Every step that names the version it saw (a note has no version; following is not a step of the handling). */
export type StepName = Exclude<RequestStepName, 'addNote' | 'follow' | 'unfollow'>;
export type StepInput<S extends StepName> = Omit<RequestOf<'requests', S>, 'requestId' | 'version' | 'opId'>;

export function step<S extends StepName>(
  name: S,
  request: { id: string; version: number },
  opId: string,
  input: StepInput<S>,
): Promise<RequestDetailDto> {
  const payload = { ...input, requestId: request.id, version: request.version, opId } as RequestOf<'requests', S>;
  return callCloud('requests', name, payload) as Promise<RequestDetailDto>;
}

export function addNote(
  requestId: string,
  opId: string,
  note: { text: string; photos: string[]; internal: boolean },
): Promise<RequestDetailDto> {
  return callCloud('requests', 'addNote', { requestId, opId, ...note });
}
