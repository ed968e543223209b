import { filingContact } from '../../cloudfunctions/domain/people/filingContact';
import { phoneVerdict } from '../../cloudfunctions/domain/people/phoneProvenance';
import { contactAnswered, reachOf } from '../../cloudfunctions/domain/people/reachOf';
import { phoneCheckOf, requireNotAnotherAccounts, rosterNameFor } from '../../cloudfunctions/domain/people/typedPhone';
import { thrownCode } from '../support/codes';
import { user } from './support/requests';

describe('reaching a person', () => {
  it('prefers the verified number, falls back to the typed one, and knows when the form has asked', () => {
    expect(reachOf(user('a', { phone: '13900000001', contactPhone: '13900000002' }))).toEqual({ phone: '13900000001', verified: true });
    expect(reachOf(user('a', { contactPhone: '13900000002' }))).toEqual({ phone: '13900000002', verified: false });
    expect(reachOf(user('a'))).toEqual({ phone: '', verified: false });
    expect(contactAnswered(user('a'))).toBe(false);
    expect(contactAnswered(user('a', { contactPhone: null }))).toBe(false);
    expect(contactAnswered(user('a', { contactPhone: '' }))).toBe(true);
    expect(contactAnswered(user('a', { phone: '13900000001' }))).toBe(true);
  });
});

describe('who is filing', () => {
  const fresh = user('o-new', { name: '' });

  it('asks a first filer for a name and a way to be reached, and keeps the answer on the profile', () => {
    expect(thrownCode(() => filingContact(fresh, {}))).toBe('INVALID_INPUT');
    expect(thrownCode(() => filingContact(fresh, { contactName: '何大姐' }))).toBe('INVALID_INPUT');
    expect(filingContact(fresh, { contactName: '何大姐', contactPhone: '13900000002' })).toEqual({
      resident: { id: 'o-new', name: '何大姐', phone: '13900000002', phoneVerified: false, household: null },
      profile: { name: '何大姐', contactPhone: '13900000002' },
      typedPhone: '13900000002',
    });
    expect(filingContact(fresh, { contactName: '何大姐', noPhone: true })).toMatchObject({
      resident: { phone: '', phoneVerified: false },
      profile: { name: '何大姐', contactPhone: '' },
      typedPhone: null,
    });
  });

  it('uses what the profile keeps, the verified number first, and asks nothing again', () => {
    const known = user('o-k', { name: '何大姐', contactPhone: '13900000002' });
    expect(filingContact(known, {})).toEqual({
      resident: { id: 'o-k', name: '何大姐', phone: '13900000002', phoneVerified: false, household: null },
      profile: null,
      typedPhone: null,
    });
    const verified = user('o-v', { name: '王秀英', phone: '13905560101' });
    // A number typed into the form never replaces the one WeChat verified, nor a name the profile has.
    expect(filingContact(verified, { contactName: '别人', contactPhone: '13000000000' })).toEqual({
      resident: { id: 'o-v', name: '王秀英', phone: '13905560101', phoneVerified: true, household: null },
      profile: null,
      typedPhone: null,
    });
  });
});

describe('typed numbers', () => {
  it('are refused when WeChat verified them for another account, not for an imported person or oneself', () => {
    expect(thrownCode(() => requireNotAnotherAccounts('o-1', [{ _id: 'o-2' }]))).toBe('PHONE_TAKEN');
    expect(thrownCode(() => requireNotAnotherAccounts('o-1', [{ _id: 'o-1' }, { _id: 'roster-13900000001' }]))).toBe('no error');
  });

  it("are compared with the roster's name for them", () => {
    expect(rosterNameFor([])).toBeNull();
    expect(rosterNameFor([{ _id: 'roster-13900000001', name: '汪大海', rosterName: null }])).toBe('汪大海');
    expect(rosterNameFor([{ _id: 'o-1', name: '自己填的', rosterName: '汪大海' }])).toBe('汪大海');
    expect(rosterNameFor([{ _id: 'o-1', name: '自己填的', rosterName: null }])).toBeNull();
  });
});

describe('what staff see before approving a report', () => {
  const known = [
    { _id: 'o-1', name: '陈志远', phone: '13900000001', rosterName: '陈志远' },
    { _id: 'roster-13900000002', name: '郭大牛', phone: '13900000002', rosterName: '郭大牛' },
  ];
  it("says whether the number is the reporter's own verified one, and what the roster calls its holder", () => {
    expect(phoneCheckOf('o-1', '13900000001', known)).toEqual({ phoneVerified: true, rosterName: '陈志远' });
    expect(phoneCheckOf('o-9', '13900000002', known)).toEqual({ phoneVerified: false, rosterName: '郭大牛' });
    expect(phoneCheckOf('o-9', '13900000009', known)).toEqual({ phoneVerified: false, rosterName: null });
  });
});

describe('phones from before verification was recorded', () => {
  it('stay verified unless an approved party report could have copied them', () => {
    expect(phoneVerdict({ _id: 'o-1', phone: '13900000001' }, null)).toEqual({ kind: 'verified' });
    expect(phoneVerdict({ _id: 'o-1', phone: '13900000001' }, '13900000009')).toEqual({ kind: 'verified' });
    expect(phoneVerdict({ _id: 'o-1', phone: '13900000001' }, '13900000001')).toEqual({ kind: 'typed', contactPhone: '13900000001' });
    expect(phoneVerdict({ _id: 'roster-13900000001', phone: '13900000001' }, '13900000001')).toEqual({ kind: 'verified' });
    expect(phoneVerdict({ _id: 'o-1', phone: '' }, '13900000001')).toEqual({ kind: 'verified' });
  });
});
