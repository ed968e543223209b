import type { PlaceDto } from '../../../contract/users';
import type {
  BranchDto,
  ClaimReceiptDto,
  HolderDto,
  MyClaimDto,
  PostDto,
  PostKindDto,
  RegistrationDto,
  ServiceLogDto,
  StaffPostDto,
  StarTotalsDto,
} from '../../../contract/posts';
import type { PostKind } from '../../../domain/catalog/PostKind';
import type { JurisdictionNode } from '../../../domain/jurisdiction/JurisdictionNode';
import type { Branch } from '../../../domain/posts/Branch';
import type { Claim } from '../../../domain/posts/Claim';
import { maskPhone } from '../../../domain/posts/maskPhone';
import type { PartyMember } from '../../../domain/posts/PartyMember';
import type { ServiceLog } from '../../../domain/posts/ServiceLog';
import { postVersion, type ServicePost } from '../../../domain/posts/ServicePost';
import { roundHours } from '../../../domain/posts/serviceHours';
import type { StarTotals } from '../../../domain/posts/stars';
import { toPlaceDto } from '../../../shared/loadPlaceChain';
import type { Holding } from './store';

/** Dates travel as ISO strings. */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : value.toISOString();
}

/** A node the data refers to must exist; a dangling reference is our fault, not the caller's. */
export function placeOf(nodes: Map<string, JurisdictionNode>, id: string): PlaceDto {
  const node = nodes.get(id);
  if (!node) throw new Error(`node ${id} is referenced but missing`);
  return toPlaceDto(node);
}

/** A kind removed from the catalogue still reads as its id rather than failing the page. */
export function kindOf(kinds: Map<string, PostKind>, id: string): PostKindDto {
  const kind = kinds.get(id);
  return kind ? { id: kind._id, name: kind.name, description: kind.description } : { id, name: id, description: '' };
}

export function kindList(kinds: Map<string, PostKind>): PostKindDto[] {
  return [...kinds.values()].map((kind) => ({ id: kind._id, name: kind.name, description: kind.description }));
}

export function branchOf(branches: Map<string, Branch>, id: string): BranchDto {
  const branch = branches.get(id);
  return { id, name: branch ? branch.name : '' };
}

export interface NamedContext {
  nodes: Map<string, JurisdictionNode>;
  kinds: Map<string, PostKind>;
  branches: Map<string, Branch>;
}

export function toRegistrationDto(member: PartyMember, context: NamedContext): RegistrationDto {
  return {
    memberId: member._id,
    name: member.name,
    phone: member.phone,
    phoneVerified: member.phoneVerified === true,
    rosterName: member.rosterName ?? null,
    branch: branchOf(context.branches, member.branchId),
    employer: member.employer,
    skillKinds: member.skillKindIds.map((id) => kindOf(context.kinds, id)),
    skills: member.skills,
    grid: placeOf(context.nodes, member.gridId),
    village: placeOf(context.nodes, member.villageId),
    status: member.status,
    submittedAt: iso(member.submittedAt),
    decidedAt: iso(member.decidedAt),
    decidedByName: member.decidedByName,
    rejectReason: member.rejectReason,
    ended: member.ended ? { at: member.ended.at.toISOString(), byName: member.ended.byName, reason: member.ended.reason } : null,
  };
}

export function toHolderDto({ claim, member }: Holding): HolderDto {
  return {
    name: member?.name ?? '',
    maskedPhone: member ? maskPhone(member.phone) : '',
    commitment: claim.commitment,
    claimedAt: iso(claim.claimedAt),
  };
}

export function toPostDto(post: ServicePost, context: Pick<NamedContext, 'nodes' | 'kinds'>, holdings: Holding[] | undefined): PostDto {
  return {
    id: post._id,
    grid: placeOf(context.nodes, post.gridId),
    kind: kindOf(context.kinds, post.kindId),
    title: post.title,
    duties: post.duties,
    capacity: post.capacity,
    held: post.held,
    status: post.status,
    holders: (holdings ?? []).map(toHolderDto),
  };
}

export function toStaffPostDto(
  post: ServicePost,
  context: Pick<NamedContext, 'nodes' | 'kinds'>,
  holdings: Holding[] | undefined,
): StaffPostDto {
  return {
    ...toPostDto(post, context, holdings),
    version: postVersion(post),
    createdAt: iso(post.createdAt),
    closedAt: iso(post.closedAt),
    closeReason: post.closeReason,
  };
}

export function toClaimReceiptDto(claim: Claim, post: ServicePost, context: Pick<NamedContext, 'nodes' | 'kinds'>): ClaimReceiptDto {
  return {
    postId: claim.postId,
    title: post.title,
    kind: kindOf(context.kinds, post.kindId),
    grid: placeOf(context.nodes, post.gridId),
    commitment: claim.commitment,
    status: claim.status,
    claimedAt: iso(claim.claimedAt),
    endedAt: iso(claim.endedAt),
    endReason: claim.endReason,
  };
}

export function toMyClaimDto(
  claim: Claim,
  post: ServicePost,
  context: Pick<NamedContext, 'nodes' | 'kinds'>,
  approvedHours: number,
): MyClaimDto {
  return { ...toClaimReceiptDto(claim, post, context), approvedHours: roundHours(approvedHours) };
}

export interface LogContext extends NamedContext {
  posts: Map<string, ServicePost>;
  members: Map<string, PartyMember>;
  /** fileID → temporary URL. */
  urls: Map<string, string>;
}

export function toServiceLogDto(log: ServiceLog, context: LogContext): ServiceLogDto {
  return {
    id: log._id,
    postId: log.postId,
    postTitle: context.posts.get(log.postId)?.title ?? '',
    kindName: kindOf(context.kinds, log.kindId).name,
    grid: placeOf(context.nodes, log.gridId),
    memberName: context.members.get(log.memberId)?.name ?? '',
    branchName: branchOf(context.branches, log.branchId).name,
    date: log.date,
    hours: log.hours,
    content: log.content,
    photos: log.photos.map((fileID) => ({ fileID, url: context.urls.get(fileID) ?? '' })),
    household: log.household,
    status: log.status,
    createdAt: iso(log.createdAt),
    verifiedByName: log.verifiedByName,
    verifiedAt: iso(log.verifiedAt),
    rejectReason: log.rejectReason,
  };
}

export function toStarTotalsDto(totals: StarTotals): StarTotalsDto {
  return { stars: { ...totals.stars }, overall: totals.overall, starsEarned: totals.starsEarned, raters: { ...totals.raters } };
}
