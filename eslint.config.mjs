// ESLint for the whole repository: TypeScript (strict about `any`), Vue, nothing that Prettier decides, and
// the architecture invariants of docs/ARCHITECTURE.md that a rule can check.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_GRAPHQL_ERROR = {
  name: 'graphql',
  importNames: ['GraphQLError'],
  message: 'Throw an AppError (shared/errors.ts); graphql/format-error.ts turns it into a GraphQL error.',
};
const NO_DIRECT_BOOKING_LOG = {
  group: ['**/bookings/booking-log.js', './booking-log.js'],
  importNames: ['recordBookingChange', 'recordBookingChanges'],
  message: 'Write bookings through writeBookings (bookings/booking-write.ts): it locks the rooms, checks every slot and logs one batch.',
};
/** `viewer.kind` or `context.viewer.kind`: a permission decided by hand. */
const VIEWER_KIND = [
  "MemberExpression[property.name='kind'][object.name='viewer']",
  "MemberExpression[property.name='kind'][object.property.name='viewer']",
].join(', ');

const VIEWER_KIND_RULE = {
  selector: VIEWER_KIND,
  message: 'Permissions are decided in auth/policy.ts; ask it instead of reading viewer.kind.',
};
/** SQL that sends a NOTIFY: events come from the change log (changes/change-log.ts), credentials end in auth/session.service.ts. */
const PG_NOTIFY_RULE = {
  selector: 'Literal[value=/pg_notify|\\bNOTIFY\\b/i], TemplateElement[value.raw=/pg_notify|\\bNOTIFY\\b/i]',
  message: 'Nothing but the change log produces events: write through changes/change-log.ts, end credentials with auth/session.service.ts.',
};

/** An advisory lock taken by a number written in place: shared/advisory-locks.ts holds them all, so none is reused. */
const ADVISORY_LOCK_RULE = {
  selector: [
    'CallExpression[arguments.0.value=/pg_(try_)?advisory/] > ArrayExpression > Literal[raw=/^[0-9]/]',
    'Literal[value=/pg_(try_)?advisory\\w*\\(\\s*[0-9]/]',
  ].join(', '),
  message: 'Take the lock number from shared/advisory-locks.ts (ADVISORY_LOCK), so no two locks share one.',
};

/** An error body written by hand in an HTTP answer: graphql/format-error.ts (`errorBody`) writes them all. */
const ERROR_BODY_RULE = {
  selector: "CallExpression[callee.property.name='json'] > ObjectExpression > Property[key.name='errors']",
  message: 'Error bodies come from graphql/format-error.ts (errorBody), in the one shape clients read.',
};

/** `me?.role === 'STAFF'`, `'MEMBER' !== user.role`: a permission decided on the client by comparing roles. */
const ROLE_COMPARISON = ['left', 'right']
  .flatMap((side) => {
    const other = side === 'left' ? 'right' : 'left';
    const comparison = `BinaryExpression[operator=/^(===|!==|==|!=)$/][${other}.value=/^(STAFF|MEMBER)$/]`;
    return [`${comparison}[${side}.property.name='role']`, `${comparison}[${side}.expression.property.name='role']`];
  })
  .join(', ');
const ROLE_RULE = [
  'error',
  { selector: ROLE_COMPARISON, message: 'Read what the person may do from me.capabilities (auth/policy.ts decides it), not their role.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'client/src/graphql/**', 'test-artifacts/**', 'data/**', 'server/bench/results/**'] },
  js.configs.recommended,
  // type-aware: a promise nobody awaits, or handed where a callback's result is dropped, is an error
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Apollo plugin hooks, async iterators' return() and test doubles implement async interfaces without
      // awaiting anything; an await-less async function is not a bug, a dropped promise is (rule above)
      '@typescript-eslint/require-await': 'off',
      // vue-i18n's documented `const { t } = useI18n()` and vitest's `expect(mock.method)` pass methods
      // that do not use `this`; the rule cannot tell them from a real unbound method
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Integration tests read GraphQL answers as untyped JSON (test/harness.ts `data()`, `request()`), and
    // their assertions check the shape; typing every test document would bring these rules back here.
    files: ['server/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Architecture invariants: only auth/policy.ts decides permissions; nothing but the change log and the
    // session signals sends NOTIFY.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/auth/**', 'server/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', VIEWER_KIND_RULE, PG_NOTIFY_RULE, ERROR_BODY_RULE, ADVISORY_LOCK_RULE] },
  },
  {
    files: ['server/src/changes/change-log.ts'],
    rules: { 'no-restricted-syntax': ['error', VIEWER_KIND_RULE, ERROR_BODY_RULE, ADVISORY_LOCK_RULE] },
  },
  {
    files: ['server/src/auth/**/*.ts'],
    ignores: ['server/src/auth/session.service.ts', 'server/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', PG_NOTIFY_RULE, ERROR_BODY_RULE, ADVISORY_LOCK_RULE] },
  },
  {
    // Architecture invariant: the client never decides permissions; it reads me.capabilities. A role chosen in
    // a form is data: the admin forms look it up in admin/roles.ts rather than compare it.
    files: ['client/src/**/*.{ts,vue}'],
    ignores: ['client/src/auth/**'],
    rules: { 'no-restricted-syntax': ROLE_RULE, 'vue/no-restricted-syntax': ROLE_RULE },
  },
  {
    // Architecture invariants: only graphql/ knows GraphQL errors (services throw AppError), and every
    // booking write goes through bookings/booking-write.ts (rooms locked, every slot checked, one log batch).
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/graphql/**', 'server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_GRAPHQL_ERROR], patterns: [NO_DIRECT_BOOKING_LOG] }],
    },
  },
  {
    // the unit of work itself, and the demo seed that fills an empty database before anyone subscribes
    files: ['server/src/bookings/booking-write.ts', 'server/src/db/seed/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [NO_GRAPHQL_ERROR] }],
    },
  },
  {
    // Rules and services know nothing of the API's transport.
    files: ['server/src/**/*.service.ts', 'server/src/**/*.rules.ts', 'server/src/auth/policy.ts', 'server/src/shared/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', 'type-graphql', '@apollo/*', 'express', 'graphql-ws', 'ws'],
              message: 'Services and rules stay free of the API layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration is read once, validated, in config.ts.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/config.ts', 'server/src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in server/src/config.ts.' }],
    },
  },
  // tool configuration outside every tsconfig: linted without types
  { files: ['*.mjs', '*.mts', '*.ts', 'client/precompress.ts'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
