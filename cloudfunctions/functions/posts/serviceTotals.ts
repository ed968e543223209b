import { isWithinScope } from '../../domain/jurisdiction/isWithinScope';
import { roundHours } from '../../domain/posts/serviceHours';
import { starTotals } from '../../domain/posts/stars';
import { chinaYear } from '../../domain/shared/chinaTime';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { toPlaceDto } from '../../shared/loadPlaceChain';
import { branchOf, placeOf, toStarTotalsDto } from './support/dto';
import { sumLogHours } from './support/hours';
import { approvedMembersPage, approvedMembersPerBranch, countApprovedMembers } from './support/memberStore';
import { loadStarGroups } from './support/starGroups';
import { findNode, loadBranches, loadNodes } from './support/store';

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
    const node = await findNode(db, nodeId);
    if (!node) throw new DomainError('NOT_FOUND', '没有找到这个地方');
    if (!isWithinScope(node, scopeId)) throw new DomainError('OUT_OF_JURISDICTION');

    // Pages by name (then id) from where the last one ended, on the index {placeIds, status, name, _id}: never `skip`.
    const [found, totalMembers, branchHours, branchMembers] = await Promise.all([
      approvedMembersPage(db, nodeId, input.after, PAGE_SIZE + 1),
      countApprovedMembers(db, nodeId),
      sumLogHours(db, { placeIds: nodeId, year, status: 'approved' }, ['branchId'] as const),
      approvedMembersPerBranch(db, nodeId),
    ]);
    const page = found.slice(0, PAGE_SIZE);
    const last = page[page.length - 1];
    const ids = page.map((member) => member._id);
    const [memberHours, stars, branches, nodes] = await Promise.all([
      ids.length ? sumLogHours(db, { memberId: db.command.in(ids), year }, ['memberId', 'status'] as const) : Promise.resolve([]),
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
