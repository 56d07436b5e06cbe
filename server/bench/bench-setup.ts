import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findChromium, isExecutableFile } from '../../e2e/find-chromium.js';

/** A database of its own for one part of the bench, on the server of `baseUrl`, dropped afterwards. */
export async function freshDatabase(baseUrl: string, part: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kollektiv_bench_${part}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The Chromium a browser part drives, or null (and a line saying so) without one or without a built client. */
export function benchChromium(part: string, clientDist: string): string | null {
  const executable = findChromium({ env: process.env, playwrightInstalled: () => null, isExecutable: isExecutableFile }).found;
  if (executable && fs.existsSync(path.join(clientDist, 'index.html'))) return executable;
  console.log(`${part}: skipped (needs Chromium and a built client: npm run build -w client)`);
  return null;
}
