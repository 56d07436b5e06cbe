import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

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
      const bundle = await rolldown({ input: entry, platform: 'browser' });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        const chunks = output.filter((file) => file.type === 'chunk');
        if (chunks.length !== 1) this.error(`the service worker must be one file, it was ${chunks.length}`);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: chunks[0]!.code });
      } finally {
        await bundle.close();
      }
    },
  };
}
