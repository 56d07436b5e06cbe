import { startApp } from './app/start.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/embedded/data-dir-lock.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config);
  const engine = config.databaseUrl ? 'PostgreSQL' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  console.log(`KolLEktiv Raumbuchung läuft / is running on ${app.url}  (database: ${engine})`);
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    // npm forwards the terminal's Ctrl-C, which reaches this process too: one drain for both
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`${signal}: draining (requests in flight finish, sockets reconnect elsewhere)…`);
    app.drain().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Start failed:', error);
  }
  process.exit(1);
});
