import type { RegistrationStatus, RequestOf, StarScores } from '@contract';
import { callCloud } from './cloud';

/**
 * Party members (党员) and their service posts: reporting to the
 * community, claiming posts, logging service, verification, the public
 * board, staff management and the five-star evaluation.
 */

export { getOverview } from './partyOverview';

export const getRegistrationForm = (gridId?: string) => callCloud('posts', 'registrationForm', gridId ? { gridId } : {});

export const register = (registration: RequestOf<'posts', 'register'>) => callCloud('posts', 'register', registration);

export const listRegistrations = (status: RegistrationStatus) => callCloud('posts', 'registrations', { status });

/** 撤销报到: staff end an approved membership, saying why; the member's posts are freed. */
export const endMembership = (memberId: string, reason: string) => callCloud('posts', 'endMembership', { memberId, reason });

export const decideRegistration = (memberId: string, decision: 'approve' | 'reject', reason?: string) =>
  callCloud('posts', 'decideRegistration', reason ? { memberId, decision, reason } : { memberId, decision });

export const getStaffPosts = (gridId?: string) => callCloud('posts', 'staffPosts', gridId ? { gridId } : {});

export const createPost = (post: RequestOf<'posts', 'createPost'>) => callCloud('posts', 'createPost', post);

export const editPost = (post: RequestOf<'posts', 'editPost'>) => callCloud('posts', 'editPost', post);

export const closePost = (postId: string, reason: string) => callCloud('posts', 'closePost', { postId, reason });

export const getPostHistory = (postId: string) => callCloud('posts', 'postHistory', { postId });

export const browsePosts = (filter: { gridId?: string; kindId?: string }) => callCloud('posts', 'browsePosts', filter);

export const claimPost = (postId: string, commitment: string) => callCloud('posts', 'claimPost', { postId, commitment });

export const stepDown = (postId: string, reason: string) => callCloud('posts', 'stepDown', { postId, reason });

export const logService = (log: RequestOf<'posts', 'logService'>) => callCloud('posts', 'logService', log);

export const getMyRecord = (year?: number) => callCloud('posts', 'myRecord', year ? { year } : {});

export const getVerificationQueue = () => callCloud('posts', 'verificationQueue', {});

export const verifyLog = (logId: string, decision: 'approve' | 'reject', reason?: string) =>
  callCloud('posts', 'verifyLog', reason ? { logId, decision, reason } : { logId, decision });

export const getBoard = (gridId: string, year?: number) => callCloud('posts', 'board', year ? { gridId, year } : { gridId });

export const getServiceTotals = (query: RequestOf<'posts', 'serviceTotals'>) => callCloud('posts', 'serviceTotals', query);

export const getStarCandidates = (year?: number) => callCloud('posts', 'starCandidates', year ? { year } : {});

export const scoreStars = (memberId: string, year: number, scores: StarScores) =>
  callCloud('posts', 'scoreStars', { memberId, year, scores });
