import { phoneLinkPlan } from '../../domain/people/phoneLinkPlan';
import { rosterPersonId } from '../../domain/people/rosterPersonId';
import { DomainError } from '../../domain/shared/DomainError';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { finishMove } from './support/finishMove';
import { loadProfile } from './support/loadProfile';
import { repointPerson } from './support/repointPerson';
import { setVerifiedPhone } from './support/store';
import { takeOverRosterPerson } from './support/takeOverRosterPerson';
import { verifiedPhone } from './support/verifiedPhone';

/** Planning again after another take-over got in first: once is enough to see who won. */
const ATTEMPTS = 2;

/**
 * 绑定手机号. The number comes from WeChat (the code of the phone-number
 * button), never from the payload. A person the administrators imported
 * with that number becomes this account (see phoneLinkPlan) in one
 * transaction; then everything that person held is moved, a few
 * multi-document updates whatever their number (finishMove). Binding the
 * same number again changes nothing and moves anything routed to the
 * imported person in between.
 */
export const linkPhone = defineAction('users', 'linkPhone', {
  access: 'visitor',
  async run({ code }, { db, caller, openid, now }) {
    const phone = await verifiedPhone(code);
    let account = caller;
    let rosterName: string | null = null;
    for (let attempt = 0; attempt < ATTEMPTS && rosterName === null; attempt += 1) {
      const plan = phoneLinkPlan(openid, account, phone, await peopleByPhone(db, [phone]), now);
      if (!plan.imported) {
        // Also marks a record from before verified phones as migrated: this number is WeChat's (see migrations).
        if (account?.phone !== phone || account.contactPhone === undefined) {
          await setVerifiedPhone(db, openid, phone, account?.contactPhone ?? null);
        }
        account = plan.after;
        break;
      }
      const takenOver = await takeOverRosterPerson(db, openid, phone, plan.imported._id, now);
      if (!takenOver) continue;
      account = { ...takenOver, movingFrom: plan.imported._id };
      rosterName = plan.imported.name;
    }
    if (!account || account.phone !== phone) throw new DomainError('CONFLICT');
    const moved = account.movingFrom ? await finishMove(db, account, now) : await repointPerson(db, rosterPersonId(phone), openid, now);
    const { movingFrom: _done, ...settled } = account;
    return {
      profile: await loadProfile(db, settled),
      rosterName,
      movedRequests: moved.requests,
      movedMessages: moved.messages,
    };
  },
});
