import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { seedDemoData } from './seed-demo.js';

/** `npm run seed`: migrates, then adds demo data (including demo accounts) to the configured database. */
const config = loadConfig();
if (config.nodeEnv === 'production' && !process.argv.includes('--yes-demo-accounts')) {
  console.error('Refusing to create demo accounts in production. Run `npm run seed -- --yes-demo-accounts` if you really want them.');
  process.exit(1);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await seedDemoData(database.dataSource, new Date());
  console.log(`Seeded ${result.organizations} organisations and ${result.bookings} bookings.`);
} finally {
  await database.close();
}
