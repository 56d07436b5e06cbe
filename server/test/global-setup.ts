import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding an embedded database after all migrations, or null when the tests run on PostgreSQL. */
    migratedEmbeddedDatabase: string | null;
  }
}

/**
 * Runs the migrations once on an empty embedded database and keeps it in a file: every in-memory test app
 * starts from that file in about a second instead of three to five (initdb in WebAssembly, then the
 * migrations). The migrations still run at each start and must find nothing left to do.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.DATABASE_URL) {
    project.provide('migratedEmbeddedDatabase', null);
    return undefined;
  }
  const database = await openDatabase({ databaseUrl: undefined, dataDir: undefined });
  let snapshot: Blob;
  try {
    snapshot = await database.dump!();
  } finally {
    await database.close();
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-migrated-'));
  const file = path.join(directory, 'database.tar');
  fs.writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('migratedEmbeddedDatabase', file);
  return () => fs.rmSync(directory, { recursive: true, force: true });
}
