/**
 * Who may call what, printed from the action tables themselves: every
 * function's actions with the audience its table names, and every audience's
 * roles (cloudfunctions/domain/people/audiences.ts). docs/permissions.md is
 * this output; tests/cloud/permissionTable.test.ts fails when they differ, so
 * a change of who may do what shows in review. After changing an audience:
 *   npx tsx scripts/code/permissionTable.ts   (rewrites docs/permissions.md)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIENCES } from '../../cloudfunctions/domain/people/audiences';
import { functionNames } from '../build-functions';

const root = path.resolve(__dirname, '..', '..');
export const permissionsFile = path.join(root, 'docs', 'permissions.md');

interface ListedFunction {
  actions: Record<string, { access: string }>;
  timers: readonly string[];
}

function loadFunction(name: string): ListedFunction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each function is found by its folder name
  const module = require(path.join(root, 'cloudfunctions', 'functions', name, 'index.ts')) as { main: ListedFunction };
  return module.main;
}

const AUDIENCE_WORDS: Record<string, string> = {
  visitor: 'anyone WeChat identifies, registered or not',
};

export function permissionTable(): string {
  const lines = [
    '# Who may call what',
    '',
    'Generated from the action tables by `npx tsx scripts/code/permissionTable.ts`; do not edit by hand.',
    '`tests/cloud/permissionTable.test.ts` fails when this file and the tables differ.',
    '',
    'The audience is the first check, made by the dispatcher before an action',
    'runs. Inside, the domain narrows it further: jurisdiction (staff over',
    'their scope, grid members over their grids), ownership, the state of the',
    "record. Timers run only when WeChat's trigger starts them, never for a user.",
    'Every administrator is also staff of the place they administer',
    '(`domain/people/administratorsAreStaff.ts`), so `staff` includes them.',
    '',
    '## Audiences',
    '',
    '| audience | roles |',
    '|---|---|',
    `| visitor | ${AUDIENCE_WORDS.visitor} |`,
    ...Object.entries(AUDIENCES).map(([name, roles]) => `| ${name} | ${roles.join(', ')} |`),
    '',
    '## Actions',
    '',
    '| function | action | audience |',
    '|---|---|---|',
  ];
  for (const name of functionNames()) {
    const fn = loadFunction(name);
    for (const [action, definition] of Object.entries(fn.actions).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`| ${name} | ${action} | ${definition.access} |`);
    }
    for (const timer of fn.timers) lines.push(`| ${name} | ${timer} (timer) | the timer trigger only |`);
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  writeFileSync(permissionsFile, permissionTable());
  console.log(`wrote ${path.relative(root, permissionsFile)}`);
}
