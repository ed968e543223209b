/**
 * The roles a person can hold. Import-free and zod-free: the domain, the
 * contract and the mini-program's types share these words. Who may do what
 * is said with audiences (./audiences.ts), not with lists of these.
 */
export const ROLES = ['resident', 'gridMember', 'partyMember', 'staff', 'admin', 'departmentStaff'] as const;
export type Role = (typeof ROLES)[number];
