import type { PhotoDto } from '../../../contract/common';
import type { ProxyCaseDto, ProxyCaseSummaryDto, ProxyItemDto, ProxyStageDto } from '../../../contract/proxy';
import type { User } from '../../../domain/people/User';
import type { ProxyCase } from '../../../domain/proxy/ProxyCase';
import { missedAgent } from '../../../domain/proxy/agentUnreached';
import type { ProxyItem } from '../../../domain/proxy/ProxyItem';
import { mayReassignCase } from '../../../domain/proxy/reassignCase';
import { isResidentOf } from '../../../domain/proxy/residentSteps';
import { PROXY_STAGES } from '../../../domain/proxy/vocabulary';
import { photoUrlsForDisplay } from '../../../shared/photoUrls';
import { uploadFolder } from '../../../shared/uploadFolder';
import type { CaseRow } from './store';

export function itemDto(item: ProxyItem): ProxyItemDto {
  const { _id, name, materials, office, stageDays, guide, active, order, version } = item;
  return { id: _id, name, materials, office, stageDays, guide, active, order, version };
}

/** A case in a list: from the fields a list reads (`CaseRow`), or the whole case. */
export function caseSummary(proxyCase: CaseRow, now: Date): ProxyCaseSummaryDto {
  return {
    id: proxyCase._id,
    code: proxyCase.code,
    itemName: proxyCase.item.name,
    residentName: proxyCase.resident.name,
    agentName: proxyCase.agentName,
    stage: proxyCase.stage,
    deadline: proxyCase.deadline?.toISOString() ?? null,
    overdue: proxyCase.deadline !== null && proxyCase.deadline.getTime() < now.getTime(),
    rated: proxyCase.rating !== null,
    updatedAt: proxyCase.updatedAt.toISOString(),
  };
}

function stageDtos(proxyCase: ProxyCase, now: Date): ProxyStageDto[] {
  return PROXY_STAGES.map((stage) => {
    const { deadline, doneAt } = proxyCase.stages[stage];
    const late = deadline !== null && (doneAt ?? now).getTime() > deadline.getTime();
    return { stage, deadline: deadline?.toISOString() ?? null, doneAt: doneAt?.toISOString() ?? null, late };
  });
}

/** The case as its agent, its resident or staff over it sees it (the resident's number only for the agent and staff). */
export async function caseDto(proxyCase: ProxyCase, viewer: User, now: Date): Promise<ProxyCaseDto> {
  const files = [
    ...proxyCase.photos,
    ...proxyCase.timeline.flatMap((entry) => entry.photos),
    ...(proxyCase.returned ? [proxyCase.returned.signature] : []),
  ];
  const urls = await photoUrlsForDisplay(files);
  const photo = (fileID: string): PhotoDto => ({ fileID, url: urls.get(fileID) ?? '' });
  const asResident = isResidentOf(proxyCase, viewer) && proxyCase.agentId !== viewer._id;
  return {
    ...caseSummary(proxyCase, now),
    version: proxyCase.version,
    materials: proxyCase.item.materials,
    materialsChecked: proxyCase.materialsChecked,
    photos: proxyCase.photos.map(photo),
    guide: proxyCase.item.guide,
    household: proxyCase.resident.household,
    residentPhone: asResident ? null : proxyCase.resident.phone,
    office: proxyCase.office ?? proxyCase.item.office,
    sentOn: proxyCase.sentOn,
    result: proxyCase.result,
    returned: proxyCase.returned ? { ...proxyCase.returned, signature: photo(proxyCase.returned.signature) } : null,
    rating: proxyCase.rating ? { stars: proxyCase.rating.stars, comment: proxyCase.rating.comment } : null,
    stages: stageDtos(proxyCase, now),
    timeline: proxyCase.timeline.map((entry) => ({
      at: entry.at.toISOString(),
      byName: entry.by === viewer._id ? '我' : entry.byName,
      step: entry.step,
      what: entry.what,
      photos: entry.photos.map(photo),
    })),
    canAct: proxyCase.agentId === viewer._id && proxyCase.stage !== 'done',
    uploadFolder: proxyCase.agentId === viewer._id && proxyCase.stage !== 'done' ? uploadFolder('proxy', viewer._id) : null,
    canRate: isResidentOf(proxyCase, viewer) && proxyCase.stage === 'done' && proxyCase.rating === null,
    canReassign: proxyCase.stage !== 'done' && mayReassignCase(proxyCase, viewer),
    agentUnreached:
      proxyCase.stage !== 'done' && proxyCase.agentId !== viewer._id && mayReassignCase(proxyCase, viewer) ? missedAgent(proxyCase) : null,
  };
}
