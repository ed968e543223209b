import { rosterPersonId } from '../../domain/people/rosterPersonId';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { bindPhoneTransaction, type PhoneBinding } from './support/bindPhoneTransaction';
import { finishMove } from './support/finishMove';
import { repointPerson, type Moved } from './support/repointPerson';
import { verifiedPhone } from './support/verifiedPhone';

/** Planning again after the imported person appeared meanwhile: once is enough. */
const ATTEMPTS = 2;

const NOTHING: Moved = { requests: 0, messages: 0 };

/**
 * 绑定手机号. The number comes from WeChat (the code of the phone-number
 * button), never from the payload. A person the administrators imported
 * with that number becomes this account (see phoneLinkPlan) in one
 * transaction that reads the account itself (bindPhoneTransaction: the
 * dispatcher does not read it first); then everything that person held is
 * moved, four multi-document updates whatever their number, and the mark
 * cleared (finishMove): ten database actions in all. Binding the same number
 * again changes nothing and moves anything routed to the imported person in
 * between. The answer says who was taken over and what moved; the page then
 * reloads the profile, as after every change of it.
 */
export const linkPhone = defineAction('users', 'linkPhone', {
  access: 'visitor',
  readsCaller: 'itself',
  async run({ code }, { db, openid, now }) {
    const phone = await verifiedPhone(code);
    let binding: PhoneBinding = { kind: 'again' };
    for (let attempt = 0; attempt < ATTEMPTS && binding.kind === 'again'; attempt += 1) {
      binding = await bindPhoneTransaction(db, openid, phone, now);
    }
    if (binding.kind === 'again') throw new DomainError('CONFLICT');
    const { before, after, imported } = binding;
    const rebinding = !imported && before?.phone === phone;
    const moved = after.movingFrom
      ? await finishMove(db, after, now)
      : rebinding
        ? await repointPerson(db, rosterPersonId(phone), openid, now)
        : NOTHING;
    return { rosterName: imported?.name ?? null, movedRequests: moved.requests, movedMessages: moved.messages };
  },
});
