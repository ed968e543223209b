import { defineAction } from '../../shared/defineAction';
import { fileNew } from './fileNew';

/** A resident files for themself; name and phone come from the profile (the form asks only if it has none). */
export const submit = defineAction('requests', 'submit', {
  access: ['resident'],
  run: (input, context) =>
    fileNew(
      context,
      input,
      {
        id: context.caller._id,
        name: context.caller.name || input.contactName || '',
        phone: context.caller.phone || input.contactPhone || '',
        household: null,
      },
      false,
    ),
});
