import type { RequestState } from './vocabulary';
import type { Actor, Audience, ResidentRequest } from './ResidentRequest';
import { reaches } from './access';

export interface TimelineEntry {
  id: string;
  at: Date;
  actor: string;
  what: string;
  note: string | null;
  photos: string[];
  state: RequestState;
  internal: boolean;
}

/** What records from before names were asked for hold instead of a name. */
const NO_NAME = '（未填写姓名）';

/** A stored name, or '' when there is none. */
export function nameOf(name: string): string {
  return name === NO_NAME ? '' : name;
}

/** How the resident is named to this viewer: by name if they may know it, else "群众". */
export function residentLabel(request: Pick<ResidentRequest, 'residentName' | 'publicName'>, audience: Audience): string {
  if (audience !== 'public' || request.publicName) return nameOf(request.residentName) || '群众';
  return '群众';
}

/** Who did a step, in this viewer's words: a resident reads their own steps as "我". */
export function actorLabel(
  actor: Actor,
  request: Pick<ResidentRequest, 'residentName' | 'publicName'>,
  audience: Audience,
  viewerId: string | null = null,
): string {
  if (actor.role === 'resident' && viewerId !== null && actor.id === viewerId) return '我';
  switch (actor.role) {
    case 'system':
      return '系统';
    case 'resident':
      return (audience !== 'public' || request.publicName ? nameOf(actor.name) : '') || '群众';
    case 'gridMember':
      return `${actor.title || '网格员'} ${actor.name}`;
    default:
      return actor.title ? `${actor.title} ${actor.name}` : actor.name;
  }
}

/**
 * The ledger as this viewer may read it: followers get the public-safe
 * subset (no internal notes, no reasons, no names without consent), the
 * resident who filed it gets every step and the words that came with it,
 * handlers and staff get everything. A resident's own steps read "我".
 */
export function timelineFor(request: ResidentRequest, audience: Audience, viewerId: string | null = null): TimelineEntry[] {
  return request.ledger
    .filter((event) => reaches(audience, event.visibility))
    .map((event) => {
      const withNote = reaches(audience, event.noteVisibility);
      return {
        id: event.id,
        at: event.at,
        actor: actorLabel(event.actor, request, audience, viewerId),
        what: event.what,
        note: withNote ? event.note : null,
        photos: withNote ? event.photos : [],
        state: event.to,
        internal: event.visibility === 'internal',
      };
    });
}
