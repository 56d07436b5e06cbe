import crypto from 'node:crypto';
import { rolldown, type RolldownPluginOption } from 'rolldown';

/**
 * One module graph as one classic script (an IIFE): what it imports and nothing else, minified. Built apart from
 * the pages, whose chunking (rolldown's strict execution order, its runtime chunk, shared chunks) a module would
 * share: a worker registered as a classic script cannot import, and a page's first script that imports waits
 * for what it imports and runs only once the browser gets to module scripts.
 */
export async function classicScript(entry: string, plugins: RolldownPluginOption = []): Promise<{ code: string; map: string }> {
  const bundle = await rolldown({ input: entry, platform: 'browser', plugins });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true, sourcemap: 'hidden' });
    const chunks = output.filter((file) => file.type === 'chunk');
    if (chunks.length !== 1 || !chunks[0]!.map) throw new Error(`${entry} must build to one script with its map, it was ${chunks.length}`);
    return { code: chunks[0]!.code, map: chunks[0]!.map.toString() };
  } finally {
    await bundle.close();
  }
}

/** `assets/<name>-<hash>.js`: a name that changes with the content, so the file may be cached for a year. */
export function hashedName(name: string, code: string): string {
  return `assets/${name}-${crypto.createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
}
