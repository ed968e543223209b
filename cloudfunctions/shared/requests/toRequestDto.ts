import type { PhotoDto } from '../../contract/common';
import type { PlanDto, RequestDetailDto, RequestSummaryDto, SimilarRequestDto } from '../../contract/requests';
import type { User } from '../../domain/people/User';
import type { ResidentRequest } from '../../domain/requests/ResidentRequest';
import { allowedSteps, audienceOf, relationOf, type Relation } from '../../domain/requests/access';
import { countdownOf } from '../../domain/requests/countdown';
import { countyHoldOf } from '../../domain/requests/countyHold';
import { departmentWords, handBackLevel } from '../../domain/requests/departmentSteps';
import { FINAL_STATES } from '../../domain/requests/requestStates';
import { planDay, planWords, stateLabelOf } from '../../domain/requests/planSteps';
import { nameOf, residentLabel, timelineFor } from '../../domain/requests/timeline';
import type { Database } from '../../shared/cloud';
import { findById } from '../../shared/findById';
import { photoUrlsForDisplay } from '../../shared/photoUrls';
import { templateIdOf } from '../../shared/subscribeTemplates';

/** The first characters of a text, for a list row. */
export function excerpt(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

function departmentDto(request: ResidentRequest, now: Date): RequestSummaryDto['department'] {
  const hold = request.department;
  if (!hold) return null;
  return {
    name: hold.name,
    deadline: hold.deadline.toISOString(),
    words: departmentWords(hold, now),
    overdue: hold.overdue,
    open: !!request.openDepartmentId,
    returnsTo: handBackLevel(request),
  };
}

function countyDto(request: ResidentRequest, now: Date): RequestSummaryDto['county'] {
  const hold = countyHoldOf(request, now);
  return hold && { name: hold.name, deadline: hold.deadline ? hold.deadline.toISOString() : null, words: hold.words };
}

function outcomeOf(request: ResidentRequest): RequestSummaryDto['outcome'] {
  const ended = request.state === 'resolved' || request.state === 'closed';
  return ended ? (request.resolution?.kind ?? null) : null;
}

export function planDto(request: Pick<ResidentRequest, 'plan'>): PlanDto | null {
  const plan = request.plan;
  if (!plan) return null;
  return {
    text: plan.text,
    targetDate: plan.targetDate,
    words: planWords(plan),
    dateWords: planDay(plan.targetDate),
    reopened: plan.reopenedAt !== null,
  };
}

function relationLabel(relation: Relation): RequestSummaryDto['relation'] {
  if (relation.owner) return 'own';
  if (relation.handler) return 'handling';
  if (relation.follower) return 'following';
  return 'area';
}

/** A row of a list, as this viewer may see it. */
export function toSummaryDto(request: ResidentRequest, viewer: User, now: Date): RequestSummaryDto {
  const relation = relationOf(viewer, request);
  const audience = audienceOf(relation);
  return {
    id: request._id,
    code: request.code,
    state: request.state,
    stateLabel: stateLabelOf(request),
    categoryId: request.categoryId,
    categoryName: request.categoryName,
    excerpt: excerpt(request.text),
    gridId: request.gridId,
    place: `${request.villageName} ${request.gridName}`,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
    handler: request.handler
      ? { name: request.handler.name, title: request.handler.title, level: request.level, place: request.levelNode.name }
      : null,
    queued: request.queued,
    department: departmentDto(request, now),
    county: countyDto(request, now),
    outcome: outcomeOf(request),
    plan: planDto(request),
    deadline: request.deadline ? request.deadline.toISOString() : null,
    countdown: countdownOf(request, now),
    relation: relationLabel(relation),
    proxy: request.proxy,
    residentLabel: residentLabel(request, audience),
  };
}

/**
 * The number to call whoever holds the request now (the one the contact card
 * shows): one read, only for a viewer who may see it, while it is not finished.
 */
async function handlerPhoneFor(
  db: Database | null,
  request: ResidentRequest,
  viewer: User,
  insiderOrOwner: boolean,
): Promise<string | null> {
  const holder = request.handler;
  if (!db || !holder || !insiderOrOwner || FINAL_STATES.includes(request.state) || holder.id === viewer._id) return null;
  const user = await findById<Pick<User, 'phone'>>(db, 'users', holder.id);
  return user?.phone || null;
}

/**
 * The request page: everything the viewer may see, the timeline in words, the
 * steps they may take. `db` null leaves out the holder's number (a write's
 * answer costs no extra read; the page reads `detail` when it shows).
 */
export async function toDetailDto(db: Database | null, request: ResidentRequest, viewer: User, now: Date): Promise<RequestDetailDto> {
  const relation = relationOf(viewer, request);
  const audience = audienceOf(relation);
  const insiderOrOwner = audience !== 'public';
  const timeline = timelineFor(request, audience, viewer._id);
  const resolutionPhotos = request.resolution?.photos ?? [];
  const ownPhotos = insiderOrOwner ? request.photos : [];
  const urls = await photoUrlsForDisplay([...ownPhotos, ...resolutionPhotos, ...timeline.flatMap((entry) => entry.photos)]);
  const photos = (ids: string[]): PhotoDto[] => ids.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }));
  return {
    ...toSummaryDto(request, viewer, now),
    version: request.version,
    text: request.text,
    photos: photos(ownPhotos),
    location: insiderOrOwner ? request.location : null,
    resident: insiderOrOwner
      ? {
          name: nameOf(request.residentName),
          phone: request.residentPhone,
          phoneVerified: request.residentPhone !== '' && request.residentPhoneVerified === true,
          household: request.household,
        }
      : null,
    answers: insiderOrOwner ? (request.answers ?? []) : [],
    handlerPhone: await handlerPhoneFor(db, request, viewer, insiderOrOwner),
    routingReason: insiderOrOwner ? request.routingReason : null,
    resolution: request.resolution
      ? { text: request.resolution.text, photos: photos(resolutionPhotos), at: request.resolution.at.toISOString() }
      : null,
    rating: request.rating ? { stars: request.rating.stars, comment: insiderOrOwner ? request.rating.comment : null } : null,
    rejection: request.rejection
      ? {
          kind: request.rejection.kind,
          reason: insiderOrOwner ? request.rejection.reason : '',
          duplicateOf: request.rejection.duplicateOf,
        }
      : null,
    followers: request.followerIds.length,
    following: relation.follower,
    sourceMessageId: insiderOrOwner ? (request.sourceMessageId ?? null) : null,
    sourceVisitId: audience === 'internal' ? (request.sourceVisitId ?? null) : null,
    timeline: timeline.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actor: entry.actor,
      what: entry.what,
      note: entry.note,
      photos: photos(entry.photos),
      state: entry.state,
      internal: entry.internal,
    })),
    allowed: allowedSteps(viewer, request),
    subscribeTemplateIds: [templateIdOf(audience === 'internal' ? 'requestTask' : 'requestProgress')],
  };
}

/** 此问题已有人反映: just enough to recognise the same problem, nothing private. */
export function toSimilarDto(request: ResidentRequest, viewer: User): SimilarRequestDto {
  const relation = relationOf(viewer, request);
  return {
    id: request._id,
    code: request.code,
    excerpt: excerpt(request.text, 80),
    stateLabel: stateLabelOf(request),
    createdAt: request.createdAt.toISOString(),
    followers: request.followerIds.length,
    following: relation.follower,
    own: relation.owner,
    residentLabel: residentLabel(request, relation.owner ? 'owner' : 'public'),
  };
}
