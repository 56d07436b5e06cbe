import type { Plugin } from 'vite';
import { classicScript } from './classic-script.js';

/**
 * Builds the service worker apart from the pages, as one classic script at `/sw.js`. Inside the pages' build
 * it shared their chunking: once small shared chunks were inlined (which needs rolldown's strict execution
 * order and its runtime chunk), the worker imported that chunk, and a worker registered as a classic script
 * cannot import. Apart, it is what it imports and nothing else.
 */
export function serviceWorkerFile(entry: string): Plugin {
  return {
    name: 'kollektiv-service-worker',
    apply: 'build',
    async generateBundle() {
      const { code, map } = await classicScript(entry);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: `${code}\n//# sourceMappingURL=sw.js.map\n` });
      this.emitFile({ type: 'asset', fileName: 'sw.js.map', source: map });
    },
  };
}
