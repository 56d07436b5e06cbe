import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { seedDemoData } from './seed-demo.js';

/** `npm run seed`: migrates, then adds demo data (including demo accounts with a published password). */
const config = loadConfig();
if (config.nodeEnv === 'production' && !config.allowDemoInProduction) {
  console.error(
    'Refusing to add demo data in production: the demo accounts have a published password. ' +
      'For a public demo instance set ALLOW_DEMO_IN_PRODUCTION=true.',
  );
  process.exit(1);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await seedDemoData(database.dataSource, new Date());
  console.log(`Seeded ${result.organizations} organisations and ${result.bookings} bookings.`);
} finally {
  await database.close();
}
