import { deadlineAfter, type WorkCalendar } from '../calendar/workCalendar';
import type { User } from '../people/User';
import { requireMayFileFor } from '../requests/requireMayFileFor';
import { DomainError } from '../shared/DomainError';
import { recordMaterials } from './caseSteps';
import type { ProxyCase, ProxyResident } from './ProxyCase';
import { snapshotOf, type ProxyItem } from './ProxyItem';

export interface OpenCaseInput {
  id: string;
  code: string;
  clientKey: string;
  now: Date;
  agent: User;
  item: ProxyItem;
  gridId: string;
  /** The grid and its ancestors. */
  placeIds: string[];
  resident: ProxyResident;
  checked: string[];
  photos: string[];
  /** The storage folder of the agent's own uploads. */
  uploads: string;
}

/**
 * An agent opens a case for a resident of a grid they serve (a grid member
 * of that grid, or staff over it: the same rule as 代办 filing), from an
 * active item, whose snapshot the case keeps. The 收件 clock starts now; the
 * materials brought at once are checked off in the same step.
 */
export function openProxyCase(input: OpenCaseInput, calendar: WorkCalendar): ProxyCase {
  requireMayFileFor(input.agent, input.placeIds, input.gridId);
  if (!input.item.active) throw new DomainError('PROXY_ITEM_RETIRED');
  const { now } = input;
  const actor = { ...input.agent, id: input.agent._id, name: input.agent.name };
  const opened: ProxyCase = {
    _id: input.id,
    code: input.code,
    clientKey: input.clientKey,
    item: snapshotOf(input.item),
    agentId: input.agent._id,
    agentName: input.agent.name,
    gridId: input.gridId,
    placeIds: input.placeIds,
    resident: input.resident,
    residentPhone: input.resident.phone,
    residentId: input.resident.id,
    stage: 'receive',
    open: true,
    stages: {
      receive: { deadline: deadlineAfter(now, input.item.stageDays.receive, calendar), doneAt: null },
      send: { deadline: null, doneAt: null },
      conclude: { deadline: null, doneAt: null },
      handBack: { deadline: null, doneAt: null },
    },
    deadline: null,
    materialsChecked: [],
    photos: [],
    office: null,
    sentOn: null,
    result: null,
    returned: null,
    rating: null,
    timeline: [
      {
        at: now,
        by: actor.id,
        byName: actor.name,
        step: 'open',
        what: `受理代办：${input.item.name}（为${input.resident.name}）`,
        photos: [],
        opId: openingKeys(input.clientKey)[0],
      },
    ],
    version: 0,
    createdAt: now,
    updatedAt: now,
    returnedAt: null,
  };
  opened.deadline = opened.stages.receive.deadline;
  if (input.checked.length === 0 && input.photos.length === 0) return opened;
  const step = { actor, now, opId: openingKeys(input.clientKey)[1], version: 0, uploads: input.uploads };
  const received = recordMaterials(opened, { checked: input.checked, photos: input.photos }, step, calendar);
  return { ...received, version: 0 };
}

/** The keys of the entries opening a case leaves: the opening, and the materials brought at once. */
export function openingKeys(clientKey: string): [string, string] {
  return [`${clientKey}-open`, clientKey];
}

/** A case's id and the short number read out on the phone, from a hash of (agent, client key). */
export function proxyCaseIdentity(hashHex: string): { id: string; code: string } {
  return {
    id: `pc${hashHex.slice(0, 30)}`,
    code: `DB${parseInt(hashHex.slice(0, 10), 16).toString(36).toUpperCase().padStart(8, '0').slice(-8)}`,
  };
}
