import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { InvitationService } from '../auth/invitation.service.js';
import { SessionService } from '../auth/session.service.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { DataDirLockedError } from '../db/embedded/data-dir-lock.js';
import { createMailer } from '../mail/mailer.js';
import { AppError } from '../shared/errors.js';
import { consoleLog } from '../shared/log.js';
import { systemClock } from '../shared/clock.js';

/**
 * `npm run create-staff -- --email a@b.org --name "…"`: the first staff account of a fresh deployment.
 * It migrates the database and prints a one-time setup link (a staff invitation, valid seven days);
 * whoever opens it chooses the password, so none ever appears on a command line.
 */
const usage = 'Usage: npm run create-staff -- --email person@example.org --name "Full Name" [--url https://raum.example.org]';

async function main(): Promise<number> {
  let values: { email?: string; name?: string; url?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help || !values.email || !values.name) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (config.nodeEnv === 'production' && !values.url && !config.publicUrl) {
    console.error(`PUBLIC_URL (or --url) is required with NODE_ENV=production: the link must name the address people use.\n${usage}`);
    return 2;
  }
  const linkBase = (values.url ?? config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log: consoleLog });
  try {
    const sessions = new SessionService(database.dataSource, systemClock, config.sessionDays, null);
    const invitations = new InvitationService(database.dataSource, systemClock, sessions, mailer);
    const issued = await invitations.createStaffInvitation(values.email, values.name, linkBase);
    console.log(`Staff invitation for ${issued.invitation.email}, valid until ${issued.invitation.expiresAt.toISOString()}.`);
    console.log(`Open this link to choose a password${issued.emailSent ? ' (it was also sent by e-mail)' : ''}:`);
    console.log(issued.url);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    mailer.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) console.error(error.message);
    else console.error('create-staff failed:', error);
    process.exit(1);
  },
);
