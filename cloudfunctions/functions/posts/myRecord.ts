import { assertApprovedMember } from '../../domain/posts/registration';
import { monthsOfYear, roundHours } from '../../domain/posts/serviceHours';
import { starTotals } from '../../domain/posts/stars';
import { chinaYear } from '../../domain/shared/chinaTime';
import { defineAction } from '../../shared/defineAction';
import { toMyClaimDto, toRegistrationDto, toServiceLogDto, toStarTotalsDto } from './support/dto';
import { sumLogHours } from './support/hours';
import { loadLogContext } from './support/logContext';
import { logsOfMember } from './support/logStore';
import { loadRegistrationContext } from './support/registrationContext';
import { loadMaxActivePosts } from './support/settingsCache';
import { loadStarGroups } from './support/starGroups';
import { claimsOfMember, findMember, loadNodes, loadPosts } from './support/store';
import { uploadFolder } from '../../shared/uploadFolder';

const time = (value: Date | string | null) => (value ? new Date(value).getTime() : 0);

/** A member's own record for a year: posts and commitments, logs, approved hours by month, stars. */
export const myRecord = defineAction('posts', 'myRecord', {
  access: 'partyMembers',
  async run(input, { db, caller, now }) {
    const year = input.year ?? chinaYear(now);
    const [member, maxActivePosts] = await Promise.all([findMember(db, caller._id), loadMaxActivePosts(db, now)]);
    assertApprovedMember(member);
    const [claims, logs, hours, stars, named] = await Promise.all([
      claimsOfMember(db, member._id),
      logsOfMember(db, member._id, year),
      sumLogHours(db, { memberId: member._id, year }, ['status', 'month', 'postId'] as const),
      loadStarGroups(db, [member._id], year),
      loadRegistrationContext(db, now, [member]),
    ]);
    const posts = await loadPosts(
      db,
      claims.map((claim) => claim.postId),
    );
    const postGrids = [...posts.values()].map((post) => post.gridId);
    const [gridNodes, logContext] = await Promise.all([
      loadNodes(db, postGrids),
      loadLogContext(db, now, logs, {
        posts,
        kinds: named.kinds,
        branches: named.branches,
        members: new Map([[member._id, member]]),
        nodes: new Map(),
      }),
    ]);
    const nodes = new Map([...named.nodes, ...gridNodes]);
    const approved = hours.filter((group) => group.key.status === 'approved');
    const approvedOn = (postId: string) =>
      approved.filter((group) => group.key.postId === postId).reduce((sum, group) => sum + group.hours, 0);
    const byMonth = new Map<string, number>();
    for (const group of approved) byMonth.set(group.key.month, (byMonth.get(group.key.month) ?? 0) + group.hours);
    claims.sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || time(b.claimedAt) - time(a.claimedAt));
    return {
      registration: toRegistrationDto(member, named),
      year,
      maxActivePosts,
      activeCount: member.activePostCount,
      photoPathPrefix: uploadFolder('service-logs', caller._id),
      claims: claims
        .filter((claim) => posts.has(claim.postId))
        .map((claim) => toMyClaimDto(claim, posts.get(claim.postId)!, { nodes, kinds: named.kinds }, approvedOn(claim.postId))),
      months: monthsOfYear(
        year,
        [...byMonth].map(([month, total]) => ({ month, hours: total })),
      ),
      approvedHours: roundHours(approved.reduce((sum, group) => sum + group.hours, 0)),
      pendingHours: roundHours(hours.filter((group) => group.key.status === 'pending').reduce((sum, group) => sum + group.hours, 0)),
      logs: logs.map((log) => toServiceLogDto(log, { ...logContext, nodes })),
      stars: toStarTotalsDto(starTotals(stars.get(member._id) ?? [])),
    };
  },
});
