/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

/** Whether this is a build, which serves the service worker at /sw.js (vite.config.ts). */
declare const __SERVICE_WORKER__: boolean;

/** A GraphQL document as the API client's text, printed at build (`graphql-documents.ts`). */
declare module 'graphql-text:*' {
  const text: string;
  export default text;
}
