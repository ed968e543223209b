import type { Household, HouseholdMember } from '../visits/Household';

/**
 * What the 民情档案 sheet says about one household, checked: the fields a
 * keeper fills in, with the grid's chain; members' phones as typed in the
 * file (unverified, no account linked); tags as ids of the county's list.
 */
export interface HouseholdEntry extends Pick<Household, 'gridId' | 'placeIds' | 'group' | 'address' | 'members' | 'tags' | 'needs'> {
  /** 户号: unique in the file; with the grid, how a later file finds the household again. */
  householdNo: string;
}

/** A household's key among imported ones: its grid and its 户号 (a later file updates it by this). */
export function rosterHouseholdKey(gridId: string, householdNo: string): string {
  return `${gridId}|${householdNo}`;
}

/**
 * The members as the file has them, keeping what keepers confirmed since:
 * a member already recorded under the same name and relation keeps their
 * linked account, and their phone's verification when the number is the same.
 */
export function membersKeeping(known: readonly HouseholdMember[], fromFile: readonly HouseholdMember[]): HouseholdMember[] {
  const unused = [...known];
  return fromFile.map((member) => {
    const at = unused.findIndex((m) => m.name === member.name && m.relation === member.relation);
    if (at < 0) return member;
    const [same] = unused.splice(at, 1);
    return { ...member, userId: same.userId, phoneVerified: member.phone !== '' && member.phone === same.phone && same.phoneVerified };
  });
}
