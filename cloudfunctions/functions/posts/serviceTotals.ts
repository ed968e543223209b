import type { JurisdictionNode } from '../../domain/jurisdiction/JurisdictionNode';
import { isWithinScope } from '../../domain/jurisdiction/isWithinScope';
import type { PartyMember } from '../../domain/posts/PartyMember';
import { roundHours } from '../../domain/posts/serviceHours';
import { starTotals } from '../../domain/posts/stars';
import { chinaYear } from '../../domain/shared/chinaTime';
import { DomainError } from '../../domain/shared/DomainError';
import { COLLECTIONS } from '../../shared/collections';
import { aggregateAll } from '../../shared/aggregateAll';
import { countOf } from '../../shared/dbResults';
import { defineAction } from '../../shared/defineAction';
import { findById } from '../../shared/findById';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { readDocs } from '../../shared/readDocs';
import { branchOf, placeOf, toStarTotalsDto } from './support/dto';
import { sumLogHours } from './support/hours';
import { loadBranches, loadNodes } from './support/loaders';
import { loadStarGroups } from './support/starGroups';

const PAGE_SIZE = 50;

/**
 * Staff totals for a node of their jurisdiction and a year: approved hours
 * per branch, and a page of members with their posts, hours, pending logs
 * and five-star totals (members who served nothing are listed too).
 */
export const serviceTotals = defineAction('posts', 'serviceTotals', {
  access: 'staff',
  async run(input, { db, caller, now }) {
    const year = input.year ?? chinaYear(now);
    const scopeId = caller.staffScopeId;
    if (!scopeId) throw new DomainError('OUT_OF_JURISDICTION');
    const nodeId = input.nodeId ?? scopeId;
    const node = await findById<JurisdictionNode>(db, COLLECTIONS.nodes, nodeId);
    if (!node) throw new DomainError('NOT_FOUND', '没有找到这个地方');
    if (!isWithinScope(node, scopeId)) throw new DomainError('OUT_OF_JURISDICTION');

    const members = db.collection(COLLECTIONS.partyMembers);
    const inScope = { placeIds: nodeId, status: 'approved' };
    const _ = db.command;
    const $ = _.aggregate;
    // Pages by name (then id) from where the last one ended, on the index {placeIds, status, name, _id}: never `skip`.
    const after = input.after;
    const from = after ? _.and([inScope, _.or([{ name: _.gt(after.name) }, { name: after.name, _id: _.gt(after.id) }])]) : inScope;
    const [found, totalMembers, branchHours, branchMembers] = await Promise.all([
      readDocs<PartyMember>(
        members
          .where(from)
          .orderBy('name', 'asc')
          .orderBy('_id', 'asc')
          .limit(PAGE_SIZE + 1),
      ),
      countOf(members.where(inScope)),
      sumLogHours(db, { placeIds: nodeId, year, status: 'approved' }, ['branchId'] as const),
      aggregateAll<{ _id: string; members: number }>(() =>
        members
          .aggregate()
          .match(inScope)
          .group({ _id: '$branchId', members: $.sum(1) }),
      ),
    ]);
    const page = found.slice(0, PAGE_SIZE);
    const last = page[page.length - 1];
    const ids = page.map((member) => member._id);
    const [memberHours, stars, branches, nodes] = await Promise.all([
      ids.length ? sumLogHours(db, { memberId: _.in(ids), year }, ['memberId', 'status'] as const) : Promise.resolve([]),
      loadStarGroups(db, ids, year),
      loadBranches(db, [
        ...page.map((member) => member.branchId),
        ...branchMembers.map((row) => row._id),
        ...branchHours.map((group) => group.key.branchId),
      ]),
      loadNodes(
        db,
        page.map((member) => member.gridId),
      ),
    ]);
    const sum = (memberId: string, status: string, field: 'hours' | 'logs') =>
      memberHours
        .filter((group) => group.key.memberId === memberId && group.key.status === status)
        .reduce((total, group) => total + group[field], 0);
    return {
      scope: toPlaceDto(node),
      year,
      // Branches with members here, and branches whose members served here from a neighbouring grid.
      branches: [...new Set([...branchMembers.map((row) => row._id), ...branchHours.map((group) => group.key.branchId)])]
        .map((branchId) => {
          const served = branchHours.find((group) => group.key.branchId === branchId);
          return {
            branch: branchOf(branches, branchId),
            members: branchMembers.find((row) => row._id === branchId)?.members ?? 0,
            approvedHours: roundHours(served?.hours ?? 0),
            approvedLogs: served?.logs ?? 0,
          };
        })
        .sort((a, b) => b.approvedHours - a.approvedHours || a.branch.name.localeCompare(b.branch.name, 'zh-CN')),
      members: page.map((member) => ({
        memberId: member._id,
        name: member.name,
        branchName: branchOf(branches, member.branchId).name,
        grid: placeOf(nodes, member.gridId),
        activePosts: member.activePostCount,
        approvedHours: roundHours(sum(member._id, 'approved', 'hours')),
        approvedLogs: sum(member._id, 'approved', 'logs'),
        pendingLogs: sum(member._id, 'pending', 'logs'),
        stars: toStarTotalsDto(starTotals(stars.get(member._id) ?? [])),
      })),
      totalMembers,
      next: found.length > PAGE_SIZE ? { name: last.name, id: last._id } : null,
      pageSize: PAGE_SIZE,
    };
  },
});
