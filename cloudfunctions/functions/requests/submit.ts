import { filingContact } from '../../domain/people/filingContact';
import { requireNotAnotherAccounts } from '../../domain/people/typedPhone';
import { defineAction } from '../../shared/defineAction';
import { peopleByPhone } from '../../shared/peopleByPhone';
import { fileNew } from '../../shared/requests/fileNew';
import { saveFilingContact } from './support/store';

/**
 * A resident files for themself, always under their own account. Name and
 * phone come from the profile; the first filing adds them (see
 * filingContact), and the profile keeps them so the form asks only once.
 * A typed number is contact information only, refused when WeChat verified
 * it for somebody else.
 */
export const submit = defineAction('requests', 'submit', {
  access: 'residents',
  async run(input, context) {
    const { db, caller } = context;
    const contact = filingContact(caller, input);
    if (contact.typedPhone) requireNotAnotherAccounts(caller._id, await peopleByPhone(db, [contact.typedPhone]));
    const filed = await fileNew(context, input, contact.resident, false);
    if (contact.profile) await saveFilingContact(db, caller._id, contact.profile);
    return filed;
  },
});
