import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DEMO: booleanFlag.optional(),
  COOKIE_SECURE: booleanFlag.optional(),
  CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist')),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_SQL: booleanFlag.default(false),
});

export interface AppConfig {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** Demo data is seeded on start only when asked for, or by default on the embedded database outside production. */
  seedDemo: boolean;
  cookieSecure: boolean;
  clientDist: string;
  sessionDays: number;
  logSql: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (e.g. `DATABASE_URL=` in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const embedded = env.DATABASE_URL === undefined;
  return {
    databaseUrl: env.DATABASE_URL,
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    nodeEnv: env.NODE_ENV,
    seedDemo: env.SEED_DEMO ?? (embedded && env.NODE_ENV !== 'production'),
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    clientDist: path.resolve(env.CLIENT_DIST),
    sessionDays: env.SESSION_DAYS,
    logSql: env.LOG_SQL,
  };
}
