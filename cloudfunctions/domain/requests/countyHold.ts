import type { ResidentRequest } from './ResidentRequest';
import { shortDate } from './requestChange';
import { WORKING_STATES } from './requestStates';

/** 县里办理: the county holds the request, and until when. */
export interface CountyHold {
  name: string;
  deadline: Date | null;
  /** "望江县（限12月14日前办结）", in the words a resident reads. */
  words: string;
}

/**
 * The county holds it while it is at the county level and being worked on,
 * unless a county department holds it (that hold says who and until when).
 */
export function countyHoldOf(
  request: Pick<ResidentRequest, 'level' | 'levelNode' | 'deadline' | 'state'> & Partial<Pick<ResidentRequest, 'openDepartmentId'>>,
  now: Date,
): CountyHold | null {
  if (request.level !== 'county' || !WORKING_STATES.includes(request.state) || request.openDepartmentId) return null;
  const until = request.deadline ? `（限${shortDate(request.deadline, now)}前办结）` : '';
  return { name: request.levelNode.name, deadline: request.deadline, words: `${request.levelNode.name}${until}` };
}
