import { DomainError } from '../shared/DomainError';
import type { User } from './User';

/** What the filing form may add the first time: a name, a typed number, or "no number". */
export interface ContactAnswer {
  contactName?: string;
  contactPhone?: string;
  noPhone?: boolean;
}

export interface FilingContact {
  /** Who the request is for, as the handler will reach them. */
  resident: { id: string; name: string; phone: string; phoneVerified: boolean; household: null };
  /** What to remember on the profile so the form asks only once; null when nothing changes. */
  profile: Pick<User, 'name' | 'contactPhone'> | null;
  /** A typed number that must not be another account's verified one. */
  typedPhone: string | null;
}

/**
 * The resident filing for themself: their name and how to reach them. The
 * first filing must say both (a name; a verified phone, a typed number, or
 * plainly no number); later ones reuse what the profile keeps. A verified
 * number always wins; a typed one is contact information only.
 */
export function filingContact(caller: User, answer: ContactAnswer): FilingContact {
  const name = caller.name || answer.contactName || '';
  if (!name) throw new DomainError('INVALID_INPUT', undefined, [{ path: 'contactName', message: '请填写您的姓名，方便网格员称呼您' }]);
  const known = caller.contactPhone ?? null;
  let phone: string;
  let verified = false;
  let contactPhone = known;
  if (caller.phone) {
    phone = caller.phone;
    verified = true;
  } else if (answer.contactPhone) {
    phone = answer.contactPhone;
    contactPhone = phone;
  } else if (answer.noPhone) {
    phone = '';
    contactPhone = '';
  } else if (known !== null) {
    phone = known;
  } else {
    throw new DomainError('INVALID_INPUT', undefined, [
      { path: 'contactPhone', message: '请留下联系电话，方便网格员联系您；不方便的话请选“不留电话”' },
    ]);
  }
  const changed = name !== caller.name || contactPhone !== known;
  return {
    resident: { id: caller._id, name, phone, phoneVerified: verified, household: null },
    profile: changed ? { name, contactPhone } : null,
    typedPhone: !verified && phone !== '' && phone !== known ? phone : null,
  };
}
