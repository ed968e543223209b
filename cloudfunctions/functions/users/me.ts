import { defineAction } from '../../shared/defineAction';
import { loadProfile } from './support/loadProfile';

export const me = defineAction('users', 'me', {
  access: 'visitor',
  run: (_input, { db, caller }) => loadProfile(db, caller),
});
