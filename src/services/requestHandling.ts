/**
 * Handling one 诉求: its page, the steps on it, following it, 改派/交办
 * options and 此问题已有人反映. Only the requests subpackage calls these,
 * so they ship there; what the main package calls is services/requests.ts.
 */
import type { HandOptionsDto, RequestDetailDto, RequestOf, RequestStepName, SimilarRequestDto } from '@contract';
import { callCloud } from './cloud';

/** 此问题已有人反映: open requests of the same grid and category from the last 14 days. */
export async function similar(gridId: string, categoryId: string): Promise<SimilarRequestDto[]> {
  return (await callCloud('requests', 'similar', { gridId, categoryId })).items;
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

export function detail(requestId: string): Promise<RequestDetailDto> {
  return callCloud('requests', 'detail', { requestId });
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
