import type { CaseAssigneeDto } from '../../contract/proxy';
import { caseAssigneeRefusal, mayReassignCase, type CaseAgent } from '../../domain/proxy/reassignCase';
import { defineAction } from '../../shared/defineAction';
import { loadCaseFor } from './support/caseStep';
import { caseAssignees } from './support/store';

function assigneeDto(person: CaseAgent, gridId: string): CaseAssigneeDto {
  const duty = person.gridDuties.find((each) => each.gridId === gridId);
  return { id: person._id, name: person.name, title: duty && person.roles.includes('gridMember') ? duty.title : '工作人员' };
}

/** Whom 改派 would accept now (the same domain check refuses everyone else); empty when the caller may not 改派 it. */
export const reassignOptions = defineAction('proxy', 'reassignOptions', {
  access: 'cadres',
  run: async ({ caseId }, context) => {
    const proxyCase = await loadCaseFor(context, caseId);
    if (proxyCase.stage === 'done' || !mayReassignCase(proxyCase, context.caller)) return { people: [] };
    const people = await caseAssignees(context.db, proxyCase);
    return {
      people: people
        .filter((person) => !caseAssigneeRefusal(proxyCase, person))
        .map((person) => assigneeDto(person, proxyCase.gridId))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    };
  },
});
