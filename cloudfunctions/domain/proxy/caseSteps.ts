import { deadlineAfter, type WorkCalendar } from '../calendar/workCalendar';
import { isRetryOf } from '../shared/clientKeys';
import { DomainError } from '../shared/DomainError';
import { requireOwnUploads } from '../shared/uploads';
import { servesGrid, type Server } from '../requests/requireMayFileFor';
import { chinaDate } from '../shared/chinaTime';
import type { ProxyCase, ProxyCaseEntry, ProxyReturn } from './ProxyCase';
import type { ProxyOffice } from './ProxyItem';
import { PROXY_STAGES, type ProxyOutcome, type ProxyStage } from './vocabulary';

/** Who takes a step, when, and the client's key for it. */
export interface ProxyStep {
  /** The person taking it, with what decides whether they still serve the case's grid. */
  actor: { id: string; name: string } & Server;
  now: Date;
  opId: string;
  /** The version of the case the person was looking at. */
  version: number;
  /** The storage folder of the actor's own uploads: a photo or signature from elsewhere is refused. */
  uploads: string;
}

/** The stage after `stage` (交还 is the last). */
function nextStage(stage: ProxyStage): ProxyStage | 'done' {
  return PROXY_STAGES[PROXY_STAGES.indexOf(stage) + 1] ?? 'done';
}

/** A step may be taken only at its stage, by the case's agent, on the version the agent saw. */
export function requireAt(proxyCase: ProxyCase, stage: ProxyStage, step: ProxyStep): void {
  if (proxyCase.agentId !== step.actor.id) throw new DomainError('FORBIDDEN', '只有经办这件代办的代办员可以办理');
  // Authority is the agent's now, not when they opened it: moved to another grid or no longer a cadre, they stop here.
  if (!servesGrid(step.actor, proxyCase.placeIds, proxyCase.gridId)) {
    throw new DomainError(
      'NO_LONGER_IN_CHARGE',
      '您已不负责这个网格，这件代办不能再由您办理；请把材料交给现在负责这个网格的网格员，由乡镇工作人员改派',
    );
  }
  if (proxyCase.stage !== stage) throw new DomainError('CASE_STEP_OUT_OF_ORDER');
  if (proxyCase.version !== step.version) throw new DomainError('CONFLICT');
}

/**
 * The entry a retried step left already, if any: the retry is answered with
 * the case as it is; the key under another request is KEY_REUSED.
 */
export function stepAlreadyTaken(proxyCase: ProxyCase, opId: string, fingerprint: string): boolean {
  return isRetryOf(proxyCase.timeline, opId, fingerprint);
}

function entry(step: ProxyStep, at: ProxyCaseEntry['step'], what: string, photos: string[] = []): ProxyCaseEntry {
  return { at: step.now, by: step.actor.id, byName: step.actor.name, step: at, what, photos, opId: step.opId };
}

/** Ends `stage` now and starts the next one's clock from its own limit; appends the entry. */
export function completeStage(
  proxyCase: ProxyCase,
  stage: ProxyStage,
  step: ProxyStep,
  logged: ProxyCaseEntry,
  calendar: WorkCalendar,
): ProxyCase {
  const next = nextStage(stage);
  const stages = { ...proxyCase.stages, [stage]: { ...proxyCase.stages[stage], doneAt: step.now } };
  const deadline = next === 'done' ? null : deadlineAfter(step.now, proxyCase.item.stageDays[next], calendar);
  if (next !== 'done') stages[next] = { deadline, doneAt: null };
  return {
    ...proxyCase,
    stage: next,
    open: next !== 'done',
    stages,
    deadline,
    timeline: [...proxyCase.timeline, logged],
    version: proxyCase.version + 1,
    updatedAt: step.now,
    returnedAt: next === 'done' ? step.now : proxyCase.returnedAt,
  };
}

/**
 * 收件: materials checked off against the item's list, with photos of them.
 * Checking adds to what was checked before; the stage ends when every
 * material is in. A name the item does not list is refused.
 */
export function recordMaterials(
  proxyCase: ProxyCase,
  input: { checked: string[]; photos: string[] },
  step: ProxyStep,
  calendar: WorkCalendar,
): ProxyCase {
  requireAt(proxyCase, 'receive', step);
  requireOwnUploads(input.photos, step.uploads, (index) => `photos.${index}`);
  const listed = proxyCase.item.materials;
  const unknown = input.checked.find((name) => !listed.includes(name));
  if (unknown !== undefined) {
    throw new DomainError('INVALID_INPUT', `“${unknown}”不在这个事项的材料清单里`, [{ path: 'checked', message: '不在材料清单里' }]);
  }
  const checked = listed.filter((name) => proxyCase.materialsChecked.includes(name) || input.checked.includes(name));
  const missing = listed.filter((name) => !checked.includes(name));
  const what = `核对材料：${checked.join('、') || '无'}${missing.length > 0 ? `（还缺：${missing.join('、')}）` : '，材料齐全，收件完成'}`;
  const logged = entry(step, 'receive', what, input.photos);
  const withMaterials = { ...proxyCase, materialsChecked: checked, photos: [...proxyCase.photos, ...input.photos] };
  if (missing.length === 0) return completeStage(withMaterials, 'receive', step, logged, calendar);
  return { ...withMaterials, timeline: [...proxyCase.timeline, logged], version: proxyCase.version + 1, updatedAt: step.now };
}

/** 送办: taken to the office (the item's, or another named by the agent) on a day between opening and today. */
export function sendCase(
  proxyCase: ProxyCase,
  input: { office: ProxyOffice; sentOn: string; note: string },
  step: ProxyStep,
  calendar: WorkCalendar,
): ProxyCase {
  requireAt(proxyCase, 'send', step);
  if (input.sentOn > chinaDate(step.now) || input.sentOn < chinaDate(proxyCase.createdAt)) {
    throw new DomainError('INVALID_INPUT', '送办日期应在收件之后、今天或以前', [{ path: 'sentOn', message: '日期不对' }]);
  }
  const what = `送交${input.office.name}办理（${input.sentOn}）${input.note ? `：${input.note}` : ''}`;
  const sent = { ...proxyCase, office: input.office, sentOn: input.sentOn };
  return completeStage(sent, 'send', step, entry(step, 'send', what), calendar);
}

/** 办结: the office's decision; a refusal carries its reason. */
export function concludeCase(
  proxyCase: ProxyCase,
  input: { outcome: ProxyOutcome; reason: string },
  step: ProxyStep,
  calendar: WorkCalendar,
): ProxyCase {
  requireAt(proxyCase, 'conclude', step);
  if (input.outcome === 'rejected' && input.reason.length === 0) {
    throw new DomainError('INVALID_INPUT', '未批准的，请写明原因', [{ path: 'reason', message: '请写明未批准的原因' }]);
  }
  const what =
    input.outcome === 'approved' ? `办结：已批准${input.reason ? `（${input.reason}）` : ''}` : `办结：未批准，原因：${input.reason}`;
  const concluded = { ...proxyCase, result: { outcome: input.outcome, reason: input.reason } };
  return completeStage(concluded, 'conclude', step, entry(step, 'conclude', what), calendar);
}

/** 交还: what was returned, with the signature drawn by the resident, or by a witness named when the resident cannot sign. */
export function handBackCase(proxyCase: ProxyCase, input: ProxyReturn, step: ProxyStep, calendar: WorkCalendar): ProxyCase {
  requireAt(proxyCase, 'handBack', step);
  requireOwnUploads([input.signature], step.uploads, () => 'signature');
  if (input.signer === 'witness' && !input.witnessName) {
    throw new DomainError('INVALID_INPUT', '请填写见证人的姓名', [{ path: 'witnessName', message: '请填写见证人姓名' }]);
  }
  const returned: ProxyReturn = { ...input, witnessName: input.signer === 'witness' ? input.witnessName : null };
  const signedBy = returned.signer === 'resident' ? `${proxyCase.resident.name}本人签收` : `见证人${returned.witnessName}签收`;
  const logged = entry(step, 'handBack', `交还：${input.items}（${signedBy}）`, [input.signature]);
  return completeStage({ ...proxyCase, returned }, 'handBack', step, logged, calendar);
}
