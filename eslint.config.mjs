// The architecture's import rules and the correctness rules, checked in `npm test` (`npm run lint`).
// Import boundaries are `no-restricted-imports` patterns. Relative paths are matched by depth: a file
// N folders below a layer's root leaves the layer with N+1 `../`, so "leaving the layer" is a regex
// per depth (a glob could not tell `domain/shared` from `cloudfunctions/shared`).
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const MAX_DEPTH = 6;

/** `^(\.\./){n}` — an import that climbs exactly n folders and then goes down (not further up). */
const climbs = (n) => `^(\\.\\./){${n}}(?!\\.\\./)`;

/** One config entry per depth below `root`: `restrict(depth)` gives that depth's patterns. */
function byDepth(root, restrict) {
  const entries = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const folders = '*/'.repeat(depth);
    entries.push({
      files: [`${root}/${folders}*.ts`, `${root}/${folders}*.tsx`],
      rules: { 'no-restricted-imports': ['error', { patterns: restrict(depth) }] },
    });
  }
  return entries;
}

const DOMAIN = 'The domain imports only the domain: no shared/, functions/, contract/, zod, Taro or the SDK (docs/ARCHITECTURE.md).';
const AREA = 'A function area imports no other area: move what several areas use to cloudfunctions/shared/ (docs/ARCHITECTURE.md).';
const SHARED = 'cloudfunctions/shared/ is used by the areas and uses none of them.';
const CONTRACT = 'The contract is the wire: it may use the domain vocabulary, never function or shared code.';
const ENGINE = 'The local cloud stands for WeChat: its engine imports no app code (the app reaches it through configuration).';
const CLIENT_CONTRACT =
  'src/ imports the contract as types only (zod stays out of the mini-program); facts it needs as values live in zod-free contract modules such as @contract/retrySafe.';
const CLIENT_CLOUD = 'Only src/services/ talks to the cloud.';
const OWN_COMPONENTS =
  "Use the app's @/components/Button, Switch and Icon (same props): taro-ui's components pull its loading, prop-types and style helpers into the main package and into several H5 chunks.";

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'tests/.tmp/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'types/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tests/client/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Late-bound values read by closures made before they exist (e.g. the worker pool after listen()).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...byDepth('cloudfunctions/domain', (depth) => [
    { regex: `^(\\.\\./){${depth + 1}}`, message: DOMAIN },
    { regex: '^[^.]', message: DOMAIN },
  ]),
  ...byDepth('cloudfunctions/functions/*', (depth) => [
    { regex: climbs(depth + 1), message: AREA },
    { group: ['@tarojs/*', 'react'], message: AREA },
  ]),
  ...byDepth('cloudfunctions/shared', (depth) => [{ regex: `^(\\.\\./){${depth + 1}}functions/`, message: SHARED }]),
  ...byDepth('cloudfunctions/contract', (depth) => [{ regex: `^(\\.\\./){${depth + 1}}(functions|shared)/`, message: CONTRACT }]),
  {
    files: ['localcloud/**/*.ts'],
    // seed/ (demo data) and console/ (what a developer enters in WeChat's console) configure the environment for this app.
    ignores: ['localcloud/seed/**', 'localcloud/console/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(cloudfunctions|src)(/|$)', message: ENGINE }] }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@contract', allowTypeImports: true, message: CLIENT_CONTRACT },
            { name: 'taro-ui', message: OWN_COMPONENTS },
          ],
          patterns: [
            {
              group: ['@contract/*', '!@contract/retrySafe', '!@contract/textLimits', '!@contract/phonePattern'],
              allowTypeImports: true,
              message: CLIENT_CONTRACT,
            },
            { regex: '^(\\.\\./)+cloudfunctions(/|$)', message: CLIENT_CONTRACT },
            { group: ['zod', 'wx-server-sdk'], message: CLIENT_CONTRACT },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='Taro'][property.name='cloud']", message: CLIENT_CLOUD }],
      // A require inside a branch on process.env.TARO_ENV is how one platform's code stays out of the other's build
      // (webpack drops the dead branch; an import would ship both): only those modules may be required.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\./(weapp|h5)$', '^@/components/DevIdentityPicker$'] }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/services/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
