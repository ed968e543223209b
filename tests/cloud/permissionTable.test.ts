import { readFileSync } from 'node:fs';
import { permissionsFile, permissionTable } from '../../scripts/code/permissionTable';

/**
 * docs/permissions.md is who may call each action, printed from the action
 * tables (tsc makes every action name an audience): a change of who may do
 * what changes that file, and so shows in review.
 */
it('the permission table equals the checked-in docs/permissions.md (rewrite it with `npx tsx scripts/code/permissionTable.ts`)', () => {
  expect(permissionTable()).toBe(readFileSync(permissionsFile, 'utf8'));
});
