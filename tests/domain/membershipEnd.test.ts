import { onOpenedVersion } from '../../cloudfunctions/domain/admin/personVersion';
import { personVersion } from '../../cloudfunctions/domain/people/personVersion';
import { endByMembershipEnd } from '../../cloudfunctions/domain/posts/claimRules';
import { endMembership, withoutPartyRole } from '../../cloudfunctions/domain/posts/endMembership';
import type { PartyMember } from '../../cloudfunctions/domain/posts/PartyMember';
import { refusalCode } from './support/refusalCode';

/** 撤销报到 and the administrators' person versions, as plain rules. */
const NOW = new Date('2026-12-01T02:00:00Z');
const member = (status: PartyMember['status']): PartyMember => ({
  _id: 'm-gao',
  name: '高秀山',
  phone: '13905563001',
  branchId: 'b-hubin',
  employer: '供电公司',
  gridId: 'g1',
  villageId: 'v1',
  placeIds: ['c1', 't1', 'v1', 'g1'],
  skillKindIds: [],
  skills: '',
  status,
  submittedAt: NOW,
  decidedAt: NOW,
  decidedBy: 's-v1',
  decidedByName: '李大毛',
  rejectReason: null,
  activePostCount: 1,
});
const staff = (staffScopeId: string) => ({ _id: `s-${staffScopeId}`, name: '工作人员', staffScopeId });

describe('endMembership', () => {
  it('ends an approved membership with who, when and why, by staff of the village or above', () => {
    expect(endMembership(member('approved'), staff('v1'), '已迁出本村', NOW)).toEqual({
      status: 'ended',
      ended: { at: NOW, by: 's-v1', byName: '工作人员', reason: '已迁出本村' },
    });
    expect(endMembership(member('approved'), staff('c1'), '已迁出本村', NOW)?.status).toBe('ended');
  });

  it('is for the community that approved it: not a grid’s staff, not another village’s', () => {
    expect(refusalCode(() => endMembership(member('approved'), staff('g1'), '原因', NOW))).toBe('OUT_OF_JURISDICTION');
    expect(refusalCode(() => endMembership(member('approved'), staff('v2'), '原因', NOW))).toBe('OUT_OF_JURISDICTION');
  });

  it('refuses a registration not approved, and is nothing more to do once ended (a repeat frees what is left)', () => {
    expect(refusalCode(() => endMembership(member('pending'), staff('v1'), '原因', NOW))).toBe('CONFLICT');
    expect(refusalCode(() => endMembership(member('rejected'), staff('v1'), '原因', NOW))).toBe('CONFLICT');
    expect(endMembership(member('ended'), staff('v1'), '原因', NOW)).toBeNull();
  });

  it('takes only the party-member role, and ends each claim with the reason', () => {
    expect(withoutPartyRole(['resident', 'partyMember', 'gridMember'])).toEqual(['resident', 'gridMember']);
    expect(endByMembershipEnd('已迁出本村', 's-v1', NOW)).toEqual({
      status: 'ended',
      endedAt: NOW,
      endReason: '党员报到已撤销：已迁出本村',
      endedBy: 's-v1',
    });
  });
});

describe('a person’s version', () => {
  const edit = { fingerprint: 'f1', logId: 'log-1' };
  it('is 0 on records from before, and a change made on it is the next one, marked as this edit’s', () => {
    expect(personVersion({})).toBe(0);
    expect(onOpenedVersion({}, { version: undefined, name: 'x' }, 0, edit)).toEqual({
      version: 1,
      name: 'x',
      lastEdit: { version: 1, fingerprint: 'f1', logId: 'log-1' },
    });
    expect(onOpenedVersion({ version: 4 }, { version: 4 }, 4, edit)).toEqual({
      version: 5,
      lastEdit: { version: 5, fingerprint: 'f1', logId: 'log-1' },
    });
  });

  it('refuses a change made on a screen opened before another change of the person', () => {
    expect(refusalCode(() => onOpenedVersion({ version: 5 }, { version: 5 }, 4, edit))).toBe('CONFLICT');
    expect(refusalCode(() => onOpenedVersion({}, {}, 1, edit))).toBe('CONFLICT');
    // The same edit made the version, but a write since moved it on (the person chose a grid): CONFLICT.
    const movedOn = { version: 6, lastEdit: { version: 5, fingerprint: 'f1' } };
    expect(refusalCode(() => onOpenedVersion(movedOn, movedOn, 4, edit))).toBe('CONFLICT');
    expect(refusalCode(() => onOpenedVersion(movedOn, movedOn, 5, edit))).toBe('CONFLICT');
  });

  it('answers the resend of the edit that made the version as done (null: nothing to write)', () => {
    const made = { version: 5, lastEdit: { version: 5, fingerprint: 'f1', logId: 'log-0' } };
    expect(onOpenedVersion(made, made, 4, edit)).toBeNull();
    expect(refusalCode(() => onOpenedVersion(made, made, 4, { ...edit, fingerprint: 'f2' }))).toBe('CONFLICT');
  });
});
