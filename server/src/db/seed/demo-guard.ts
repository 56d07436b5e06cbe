import type { DataSource } from 'typeorm';
import { verifyPassword } from '../../auth/password.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';

export class DemoAccountsInProductionError extends Error {}

/**
 * A production server refuses to start while an account signs in with the published demo password: the
 * demo accounts themselves, and any staff account (the ones that can do everything). Members are not all
 * checked, because scrypt takes a moment per account and a start must stay quick.
 */
export async function refuseDemoPasswords(dataSource: DataSource): Promise<void> {
  const rows: Array<{ email: string; password_hash: string }> = await dataSource.query(
    `SELECT email, password_hash FROM app_user WHERE active AND (role = 'STAFF' OR email = ANY($1::text[]))`,
    [DEMO_USERS.map((user) => user.email)],
  );
  const found: string[] = [];
  for (const row of rows) if (await verifyPassword(DEMO_PASSWORD, row.password_hash)) found.push(row.email);
  if (found.length > 0)
    throw new DemoAccountsInProductionError(
      `Refusing to start in production: ${found.join(', ')} ${found.length === 1 ? 'has' : 'have'} the published demo password. ` +
        'Deactivate or change these accounts, or set ALLOW_DEMO_IN_PRODUCTION=true for a public demo instance.',
    );
}
