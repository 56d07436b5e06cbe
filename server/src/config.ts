import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const environmentSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DEMO: booleanFlag.optional(),
  ALLOW_DEMO_IN_PRODUCTION: booleanFlag.default(false),
  COOKIE_SECURE: booleanFlag.optional(),
  CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist')),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_SQL: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // a bearer token for GET /metrics; unset, there are no metrics. Long enough not to be guessed.
  // empty counts as unset: compose files pass `METRICS_TOKEN: ${METRICS_TOKEN:-}`
  METRICS_TOKEN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  PUBLIC_URL: z.string().url().optional(),
  // who answers for the data (GDPR Art. 13): shown on /datenschutz, so people know whom to ask
  PRIVACY_CONTROLLER_NAME: z.string().max(300).optional(),
  PRIVACY_CONTROLLER_CONTACT: z.string().max(1000).optional(),
  // an href on every page: a web address, never javascript: or data:
  IMPRINT_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//i, 'must be an http(s) address')
    .optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('KolLEktiv Raumbuchung <noreply@localhost>'),
  CHANGE_MAIL_DELAY_SECONDS: z.coerce.number().min(0).max(3600).default(60),
  TRUST_PROXY: z.string().default('false'),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_PER_MINUTE_IP: positive(600),
  RATE_LIMIT_PER_MINUTE_SESSION: positive(300),
  BOOKING_HORIZON_DAYS: positive(730),
  BOOKING_DAILY_QUOTA: positive(12),
  BOOKING_HOURS_PER_DAY: positive(12),
  BOOKING_HOURS_PER_WEEK: positive(40),
  BOOKING_SERIES_MAX_DATES: positive(104),
  // a request staff have not decided in this time lapses and frees its slot (issue 29): three days cover a weekend
  APPROVAL_EXPIRES_HOURS: positive(72),
  // one house's busiest week at city scale is about 7,000; all houses of a city together are refused and paged
  MAX_BOOKINGS_PER_ANSWER: positive(10_000),
  // how long personal data is kept (GDPR Art. 5(1)(e)); the privacy page tells people these figures
  RETENTION_AUDIT_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  RETENTION_NOTIFICATIONS_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  MAX_QUERY_DEPTH: positive(6),
  MAX_QUERY_ALIASES: positive(15),
  // fields an answer can hold, lists counted at their bounds (graphql/list-cost.ts): the largest the client asks
  // for is the reports page of a city's 300 rooms, about 310,000
  MAX_QUERY_COST: positive(1_000_000),
  MAX_QUERY_DIRECTIVES: positive(10),
  MAX_QUERY_TOKENS: positive(1500),
  WS_MAX_MESSAGE_BYTES: positive(64 * 1024),
  // on SIGTERM: how long /readyz answers 503 while the node still serves, for a balancer that polls it
  DRAIN_DELAY_SECONDS: z.coerce.number().min(0).max(300).default(0),
  // then: how long requests in flight, kept-alive connections and closing sockets get before they are cut
  DRAIN_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(20),
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: positive(10),
  WS_MAX_SUBSCRIPTIONS_PER_SESSION: positive(30),
  REPLAY_MAX_CHANGES: positive(2000),
  // a house's Wi-Fi puts everyone there behind one address: room for a full course with two tabs each
  WS_MAX_SOCKETS_PER_ADDRESS: positive(100),
  WS_IDLE_SECONDS: positive(60),
  // a reload resumes one subscription, a node restart each open tab's: twenty a minute is plenty for one person
  WS_MAX_REPLAYS_PER_MINUTE: positive(20),
  // scheduled backups go to a folder every node shares (a volume); unset, none are taken
  BACKUP_DIR: z.string().optional(),
  BACKUP_EVERY_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(24),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
});

/** Limits on what one GraphQL operation may ask for; they hold whether or not RATE_LIMITS is off. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
  maxTokens: number;
  /** WebSocket messages larger than this close the socket (1009). */
  maxMessageBytes: number;
  maxSubscriptionsPerSocket: number;
  /** Per person (all their sessions together), per display link, or per client address for anonymous sockets. */
  maxSubscriptionsPerSession: number;
  /** Open WebSockets from one client address (a house's Wi-Fi shares one). */
  maxSocketsPerAddress: number;
  /** A socket without a subscription for this long is closed. */
  idleSeconds: number;
  /** Resumed subscriptions (each replays up to `maxReplayChanges`) one person may start in a minute. */
  maxReplaysPerMinute: number;
  /** How many changes a resuming subscriber may ask to be replayed; more means RESYNC_REQUIRED. */
  maxReplayChanges: number;
}

/** Request rates per client address and per session, over HTTP and WebSocket; null when RATE_LIMITS=off. */
export interface RateLimits {
  perMinutePerAddress: number;
  perMinutePerSession: number;
}

/** Scheduled backups (`backup/backup-schedule.ts`): one per period of `everyHours`, the newest `keep` kept. */
export interface BackupSettings {
  /** Where they go, a folder every node shares; undefined: no scheduled backups. */
  dir: string | undefined;
  everyHours: number;
  keep: number;
}

/** What members may book (staff are not limited): `bookings/booking.rules.ts: checkOrganizationQuota`. */
export interface BookingLimits {
  /** How many days ahead anyone may book. */
  horizonDays: number;
  /** Active bookings one MO's members may hold on one calendar day (staff are not limited). */
  dailyQuotaPerOrganization: number;
  /** Booked hours one MO's members may hold on one calendar day, and in one week (staff are not limited). */
  hoursPerDayPerOrganization: number;
  hoursPerWeekPerOrganization: number;
  /** Dates a member's series may have; a longer one is for staff to book. */
  seriesMaxDatesForMembers: number;
  /** How long a booking that needs approval waits for staff before it lapses. */
  approvalExpiresHours: number;
  /** Bookings one `bookings` answer may hold; a range with more is refused (QUERY_TOO_COMPLEX, limit `bookings`). */
  maxBookingsPerAnswer: number;
}

/** The controller (GDPR Art. 4 No. 7) as the privacy page names them; unset parts are said to be missing there. */
export interface PrivacyContact {
  controllerName: string | undefined;
  /** Postal address, e-mail and/or phone, as one text (line breaks kept). */
  controllerContact: string | undefined;
  imprintUrl: string | undefined;
}

export interface AppConfig {
  databaseUrl: string | undefined;
  port: number;
  host: string;
  /** A graceful stop (SIGTERM, `RunningApp.drain`): the wait before connections close, and the limit after. */
  drain: { delaySeconds: number; timeoutSeconds: number };
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** Demo data is seeded on start only when asked for, or by default on the embedded database outside production. */
  seedDemo: boolean;
  /** A public demo instance: production with the published demo accounts, said so in the UI. */
  allowDemoInProduction: boolean;
  cookieSecure: boolean;
  clientDist: string;
  sessionDays: number;
  logSql: boolean;
  /** The least severe log lines written (JSON lines on stdout); `debug` adds health probes and static files. */
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** `GET /metrics` answers only with `Authorization: Bearer <this>`; unset: 404. */
  metricsToken: string | undefined;
  /** Who is responsible for the data and where the imprint is, for the privacy page (`/datenschutz`). */
  privacy: PrivacyContact;
  /** The address people use, e.g. https://raum.kollektiv-leipzig.de; the WebSocket accepts only its origin. */
  publicUrl: string | undefined;
  /** Outgoing mail (invitations, password resets), e.g. smtp://user:pass@mail.example:587; unset: links are shown to staff. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** How long changes of one booking are gathered into one e-mail to its MO (a drag back and forth: one mail). */
  changeMailDelaySeconds: number;
  /** Express's `trust proxy`: false, true, a hop count, or addresses/subnets of the proxies. */
  trustProxy: boolean | number | string;
  /**
   * After how many months the change log's personal fields are pseudonymised and notices deleted
   * (`privacy/retention.ts`); expired credentials and sent mails go at once.
   */
  retention: { auditMonths: number; notificationsMonths: number };
  rateLimits: RateLimits | null;
  operationLimits: OperationLimits;
  booking: BookingLimits;
  backup: BackupSettings;
}

export class ConfigError extends Error {}

function parseTrustProxy(value: string): boolean | number | string {
  if (['false', '0', 'no', ''].includes(value)) return false;
  if (['true', 'yes'].includes(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Where the person ran an `npm run …` command (npm runs a workspace's script in that workspace), for file arguments. */
export function commandDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.INIT_CWD ?? process.cwd();
}

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
  const production = env.NODE_ENV === 'production';
  if (production && env.SEED_DEMO === true && !env.ALLOW_DEMO_IN_PRODUCTION)
    throw new ConfigError(
      'Refusing SEED_DEMO=true with NODE_ENV=production: the demo accounts have a published password. ' +
        'For a public demo instance set ALLOW_DEMO_IN_PRODUCTION=true as well.',
    );
  return {
    databaseUrl: env.DATABASE_URL,
    port: env.PORT,
    host: env.HOST,
    drain: { delaySeconds: env.DRAIN_DELAY_SECONDS, timeoutSeconds: env.DRAIN_TIMEOUT_SECONDS },
    dataDir: path.resolve(env.DATA_DIR),
    nodeEnv: env.NODE_ENV,
    seedDemo: env.SEED_DEMO ?? (embedded && !production),
    allowDemoInProduction: env.ALLOW_DEMO_IN_PRODUCTION,
    cookieSecure: env.COOKIE_SECURE ?? production,
    clientDist: path.resolve(env.CLIENT_DIST),
    sessionDays: env.SESSION_DAYS,
    logSql: env.LOG_SQL,
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    privacy: {
      controllerName: env.PRIVACY_CONTROLLER_NAME,
      // an environment variable is one line in most files that set it: a written \n breaks the address
      controllerContact: env.PRIVACY_CONTROLLER_CONTACT?.replaceAll('\\n', '\n'),
      imprintUrl: env.IMPRINT_URL,
    },
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    changeMailDelaySeconds: env.CHANGE_MAIL_DELAY_SECONDS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimits:
      env.RATE_LIMITS === 'off'
        ? null
        : { perMinutePerAddress: env.RATE_LIMIT_PER_MINUTE_IP, perMinutePerSession: env.RATE_LIMIT_PER_MINUTE_SESSION },
    retention: { auditMonths: env.RETENTION_AUDIT_MONTHS, notificationsMonths: env.RETENTION_NOTIFICATIONS_MONTHS },
    operationLimits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxAliases: env.MAX_QUERY_ALIASES,
      maxCost: env.MAX_QUERY_COST,
      maxDirectives: env.MAX_QUERY_DIRECTIVES,
      maxTokens: env.MAX_QUERY_TOKENS,
      maxMessageBytes: env.WS_MAX_MESSAGE_BYTES,
      maxSubscriptionsPerSocket: env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxSubscriptionsPerSession: env.WS_MAX_SUBSCRIPTIONS_PER_SESSION,
      maxReplayChanges: env.REPLAY_MAX_CHANGES,
      maxSocketsPerAddress: env.WS_MAX_SOCKETS_PER_ADDRESS,
      idleSeconds: env.WS_IDLE_SECONDS,
      maxReplaysPerMinute: env.WS_MAX_REPLAYS_PER_MINUTE,
    },
    booking: {
      horizonDays: env.BOOKING_HORIZON_DAYS,
      dailyQuotaPerOrganization: env.BOOKING_DAILY_QUOTA,
      hoursPerDayPerOrganization: env.BOOKING_HOURS_PER_DAY,
      hoursPerWeekPerOrganization: env.BOOKING_HOURS_PER_WEEK,
      seriesMaxDatesForMembers: env.BOOKING_SERIES_MAX_DATES,
      approvalExpiresHours: env.APPROVAL_EXPIRES_HOURS,
      maxBookingsPerAnswer: env.MAX_BOOKINGS_PER_ANSWER,
    },
    backup: {
      dir: env.BACKUP_DIR === undefined ? undefined : path.resolve(env.BACKUP_DIR),
      everyHours: env.BACKUP_EVERY_HOURS,
      keep: env.BACKUP_KEEP,
    },
  };
}
