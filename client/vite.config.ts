import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents.js';
import { i18nMessages } from './i18n-messages.js';
import { precompress } from './precompress.js';
import { routeShells } from './route-shells.js';
import { serviceWorkerFile } from './service-worker-file.js';

/** The client's own modules. */
const APP_SOURCE = /client[\\/]src[\\/]/;
const FIRST_ANSWERS = fileURLToPath(new URL('./src/first-answers/early.ts', import.meta.url));

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig(({ command }) => ({
  plugins: [
    // the calendar's first questions, answered into its page by the server (server/src/http/first-answers.ts)
    graphqlDocuments({ answeredByServer: ['Me', 'CalendarDirectory', 'BookingsInRange', 'ClosedPeriods'] }),
    vue(),
    i18nMessages(),
    // the first script is built apart, and needs the documents' texts the pages' build reads
    routeShells(fileURLToPath(new URL('./src/app/router.ts', import.meta.url)), { calendar: FIRST_ANSWERS, display: FIRST_ANSWERS }, [
      graphqlDocuments(),
    ]),
    serviceWorkerFile(fileURLToPath(new URL('./src/offline/serviceWorker.ts', import.meta.url))),
    precompress(),
  ],
  // the devtools hook's library is dead code in a build (see the stub); `npm run dev` keeps the real one
  resolve:
    command === 'build' ? { alias: { '@vue/devtools-api': fileURLToPath(new URL('./src/app/devtools-stub.ts', import.meta.url)) } } : {},
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the browser talks to one origin.
    proxy: {
      // the API accepts cookie-authenticated WebSockets only from its own origin; the dev proxy speaks for the page
      '/graphql': { target: api, ws: true, changeOrigin: true, rewriteWsOrigin: true },
      '/healthz': { target: api },
      // the data downloads (GDPR Art. 15); /admin itself is a page of the client, so only this one address
      '/me/export.json': { target: api },
      '^/admin/people/[^/]+/export\\.json$': { target: api },
    },
  },
  build: {
    sourcemap: true,
    // the service worker is built apart (service-worker-file.ts), at the site's root under the fixed name the page
    // registers; the pages' entries export nothing, so rolldown may inline small shared chunks into them
    rollupOptions: {
      preserveEntrySignatures: false,
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)) },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        // the libraries every page runs as one file: over HTTP/1.1 a phone asks six files at a time, each a
        // round trip of half a second on mobile data, and they came as eight
        codeSplitting: {
          // chunks of a few hundred bytes that several pages share (a form's helpers, a document) inlined into
          // each page that uses them: 17 → 11 files on the phone's calendar (docs/BENCHMARKS.md)
          // not a chunk with styles: its CSS would be copied into each page's, and a rule applied again later can
          // change which wins
          experimentalInlineCommonChunks: {
            maxSize: 4096,
            exclude: /\.(?:css|scss|sass|less|styl|stylus|pcss|postcss|sss)(?:\?|$)|\.vue\?vue&type=style/,
          },
          groups: [
            {
              name: 'shell',
              test: /node_modules[\\/](?:vue|@vue|vue-router|vue-i18n|@intlify|@apollo|graphql|graphql-ws|tslib|@wry|optimism|ts-invariant|zen-observable-ts|symbol-observable|throttle-debounce)[\\/]/,
            },
            // the app's own modules the entry runs, as one file too (25 → 16 files on the phone's calendar)
            { name: 'app', test: (id) => APP_SOURCE.test(id), tags: ['$initial'] },
          ],
        },
      },
    },
  },
  // vue-i18n's feature flags: the composition API only, no global <i18n-t> components, no devtools in production;
  // what is left out is code every page would otherwise download
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // messages arrive compiled (./i18n-messages.ts): a build carries no message compiler; `npm run dev` keeps it
    ...(command === 'build' ? { __INTLIFY_DROP_MESSAGE_COMPILER__: true } : {}),
    // a build has /sw.js; `npm run dev` has none (and a build's import.meta.env.PROD follows NODE_ENV, which tests set)
    __SERVICE_WORKER__: JSON.stringify(command === 'build'),
  },
}));
