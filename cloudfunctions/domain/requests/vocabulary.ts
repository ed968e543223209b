import type { JurisdictionLevel } from '../jurisdiction/vocabulary';

/** The words of 诉求 (requests), zod-free: the domain, the contract and the mini-program share them. */

export type RequestState =
  'submitted' | 'assigned' | 'accepted' | 'escalated' | 'suspended' | 'reopened' | 'resolved' | 'closed' | 'rejected';

/** Levels a request can sit at, lowest first. */
export type HandlingLevel = Extract<JurisdictionLevel, 'grid' | 'village' | 'township' | 'county'>;

/** Steps a viewer may take on a request now; the detail page shows exactly these buttons. */
export type RequestStepName =
  | 'accept'
  | 'addNote'
  | 'resolve'
  | 'escalate'
  | 'suspend'
  | 'resume'
  | 'reject'
  | 'rate'
  | 'notSolved'
  | 'recategorize'
  | 'follow'
  | 'unfollow'
  | 'assignDepartment'
  | 'returnToTownship'
  | 'reassign'
  | 'explain'
  | 'plan';
