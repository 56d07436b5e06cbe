/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

/** Whether this is a build, which serves the service worker at /sw.js (vite.config.ts). */
declare const __SERVICE_WORKER__: boolean;
