/**
 * Stands in for `@vue/devtools-api` in production builds. vue-router and vue-i18n import its
 * `setupDevtoolsPlugin` at the top of a module and call it only in development (or with the production-devtools
 * flags, which this build turns off), so the import alone shipped the devtools kit, about 20 kB compressed, to
 * every page: the wall display and the phone calendar too.
 */
export function setupDevtoolsPlugin(): void {}
