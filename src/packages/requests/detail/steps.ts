import type { RequestDetailDto, RequestState, RequestStepName } from '@contract';
import type { StepPanelValue } from '@/components/StepPanel';
import * as requestHandlingApi from '@/services/requestHandling';
import * as storageApi from '@/services/storage';
import { requestsText } from '@/text/requests';
import { requiredText, textLimits } from '@/utils/textLimit';

const t = requestsText.detail;

/** Steps that need words (and maybe photos) before they go. */
export type Panel =
  | 'addNote'
  | 'resolve'
  | 'escalate'
  | 'suspend'
  | 'reject'
  | 'notSolved'
  | 'recategorize'
  | 'assignDepartment'
  | 'returnToTownship'
  | 'reassign'
  | 'explain'
  | 'plan';
const PANELS: readonly RequestStepName[] = [
  'addNote',
  'resolve',
  'escalate',
  'suspend',
  'reject',
  'notSolved',
  'recategorize',
  'assignDepartment',
  'returnToTownship',
  'reassign',
  'explain',
  'plan',
];

export function isPanel(name: RequestStepName): name is Panel {
  return PANELS.includes(name);
}

export type RejectKind = 'notOurs' | 'duplicate';

export const EMPTY_WORDS: StepPanelValue = { text: '', photos: [], internal: false };

/** Nobody is working on it any more: the handler is who did it, not who has it. */
export const FINISHED: readonly RequestState[] = ['resolved', 'closed', 'rejected'];

export const BUTTON_LABELS: Record<RequestStepName, string> = {
  accept: t.accept,
  addNote: t.addNote,
  resolve: t.resolve,
  escalate: t.escalate,
  suspend: t.suspend,
  resume: t.resume,
  reject: t.reject,
  rate: t.submitRating,
  notSolved: t.notSolved,
  recategorize: t.recategorize,
  follow: t.follow,
  unfollow: t.unfollow,
  assignDepartment: t.assignDepartment,
  returnToTownship: t.returnToTownship,
  reassign: t.reassign,
  explain: t.explain,
  plan: t.plan,
};

/**
 * A step's words on its button and its panel for this request: 认领 a queued
 * one; 退回 says where it goes back (the county for what reached the county).
 */
export function stepLabel(name: RequestStepName, request: Pick<RequestDetailDto, 'handler' | 'department'>): string {
  if (name === 'accept' && !request.handler) return t.take;
  if (name === 'returnToTownship' && request.department?.returnsTo === 'county') return t.returnToCounty;
  return BUTTON_LABELS[name];
}

export const PLACEHOLDERS: Record<Panel, string> = {
  addNote: t.notePlaceholder,
  resolve: t.outcomePlaceholder,
  escalate: t.escalatePlaceholder,
  suspend: t.suspendPlaceholder,
  reject: t.rejectPlaceholder,
  notSolved: t.notSolvedPlaceholder,
  recategorize: '',
  assignDepartment: t.assignPlaceholder,
  returnToTownship: t.returnPlaceholder,
  reassign: t.reassignPlaceholder,
  explain: t.explanationPlaceholder,
  plan: t.explanationPlaceholder,
};

/** Uploads a step's photos one by one into the step's own folder (a retry overwrites them). */
async function uploadPhotos(key: string, photos: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < photos.length; i += 1)
    ids.push(await storageApi.uploadPhoto(photos[i], await storageApi.ownPhotoPath('requests', key, i)));
  return ids;
}

export interface PanelInput {
  words: StepPanelValue;
  rejectKind: RejectKind;
  duplicateOf: string | null;
  /** 交办: the department and its deadline in working days; 改派: the person. */
  departmentId: string | null;
  workdays: number;
  personId: string | null;
  /** 纳入规划: the plan in words and its date (YYYY-MM-DD, China), null until picked. */
  planText: string;
  targetDate: string | null;
}

/**
 * What confirming a panel sends: the work (given the step's key), whether
 * to ask for the next notice first, or why it cannot go yet.
 */
export type PanelStep = { refuse: string; field: PanelField } | { askForNotice: boolean; work: (key: string) => Promise<RequestDetailDto> };

/** Where a panel's problem is marked: its words, or the request it duplicates. */
export type PanelField = 'words' | 'original' | 'target' | 'plan' | 'targetDate';

/** How long a panel's words may be: a note or outcome, or a reason. */
export function panelLimit(panel: Exclude<Panel, 'recategorize'>): number {
  const long: readonly Panel[] = ['addNote', 'resolve', 'explain', 'plan'];
  return long.includes(panel) ? textLimits.handlingText : textLimits.reason;
}

/** 交办 to a department with a deadline, or 改派 to a person: each needs its choice first. */
function handStep(panel: 'assignDepartment' | 'reassign', request: RequestDetailDto, input: PanelInput, note: string): PanelStep {
  if (panel === 'assignDepartment') {
    const { departmentId, workdays } = input;
    if (!departmentId) return { refuse: t.needDepartment, field: 'target' };
    return { askForNotice: false, work: (key) => requestHandlingApi.step(panel, request, key, { departmentId, workdays, note }) };
  }
  const { personId } = input;
  if (!personId) return { refuse: t.needPerson, field: 'target' };
  return { askForNotice: false, work: (key) => requestHandlingApi.step(panel, request, key, { personId, note }) };
}

/** 纳入规划: the explanation (the panel's words), the plan and its date, each checked at its field. */
function planStep(request: RequestDetailDto, input: PanelInput, explanation: string): PanelStep {
  const plan = input.planText.trim();
  const problem = requiredText(plan, t.needPlanWords, textLimits.handlingText, 2);
  if (problem) return { refuse: problem, field: 'plan' };
  const targetDate = input.targetDate;
  if (!targetDate) return { refuse: t.needPlanDate, field: 'targetDate' };
  return { askForNotice: false, work: (key) => requestHandlingApi.step('plan', request, key, { explanation, plan, targetDate }) };
}

export function panelStep(panel: Exclude<Panel, 'recategorize'>, request: RequestDetailDto, input: PanelInput): PanelStep {
  const text = input.words.text.trim();
  const problem = requiredText(text, t.needWords, panelLimit(panel), 2);
  if (problem) return { refuse: problem, field: 'words' };
  switch (panel) {
    case 'addNote':
      return {
        askForNotice: false,
        work: async (key) =>
          requestHandlingApi.addNote(request.id, key, {
            text,
            photos: await uploadPhotos(key, input.words.photos),
            internal: input.words.internal,
          }),
      };
    case 'resolve':
      return {
        askForNotice: false,
        work: async (key) =>
          requestHandlingApi.step('resolve', request, key, { outcome: text, photos: await uploadPhotos(key, input.words.photos) }),
      };
    case 'assignDepartment':
    case 'reassign':
      return handStep(panel, request, input, text);
    case 'explain':
      return { askForNotice: false, work: (key) => requestHandlingApi.step('explain', request, key, { explanation: text }) };
    case 'plan':
      return planStep(request, input, text);
    case 'escalate':
    case 'suspend':
    case 'returnToTownship':
    case 'notSolved':
      return { askForNotice: panel === 'notSolved', work: (key) => requestHandlingApi.step(panel, request, key, { reason: text }) };
    case 'reject': {
      const { rejectKind, duplicateOf } = input;
      if (rejectKind === 'duplicate' && !duplicateOf) return { refuse: t.chooseOriginal, field: 'original' };
      return {
        askForNotice: false,
        work: (key) =>
          requestHandlingApi.step('reject', request, key, {
            kind: rejectKind,
            reason: text,
            ...(rejectKind === 'duplicate' && duplicateOf ? { duplicateOf } : {}),
          }),
      };
    }
  }
}
