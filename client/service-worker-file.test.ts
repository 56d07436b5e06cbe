// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceWorkerFile } from './service-worker-file.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('the service worker, built apart from the pages', () => {
  it('is one classic script: no import or export, the rules it uses inside', async () => {
    const emitted: Array<{ fileName?: string; source?: string | Uint8Array }> = [];
    const plugin = serviceWorkerFile(path.join(here, 'src', 'offline', 'serviceWorker.ts'));
    const generate = plugin.generateBundle as (this: unknown) => Promise<void>;
    await generate.call({
      emitFile: (file: { fileName?: string; source?: string | Uint8Array }) => emitted.push(file),
      error: (message: string) => {
        throw new Error(message);
      },
    });
    expect(emitted.map((file) => file.fileName)).toEqual(['sw.js', 'sw.js.map']);
    const code = String(emitted[0]!.source);
    expect(code).not.toMatch(/^\s*(?:import|export)\b|\bimport\s*\{|\bimport\s*\(|\bexport\s*\{/m);
    // the offline rules' names of the caches and the mark on kept answers are in the file itself
    expect(code).toContain('kollektiv-shell-v2');
    expect(code).toContain('x-kollektiv-fetched-at');
  });
});
