import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, badInput, isUuid, notFound, tooManyRequests } from '../shared/errors.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { UserSession } from './session.entity.js';
import { viewerOfPerson } from './policy.js';
import { User, type UserRole } from './user.entity.js';
import { SessionCache } from './session-cache.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export const SESSION_COOKIE = 'kollektiv_session';
/** NOTIFY channel carrying the token hash of a session that just ended, so open WebSockets close too. */
export const SESSION_ENDED_CHANNEL = 'session_ended';
/** NOTIFY channel carrying the token hash of a session whose person changed role or MO. */
export const SESSION_CHANGED_CHANNEL = 'session_changed';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessionDays: number,
    /** Null when RATE_LIMITS=off (load tests); otherwise every failed login counts. */
    private readonly throttle: LoginThrottle | null = new LoginThrottle(clock),
    /** This node's memory of sessions; `http/app.ts` forgets what other nodes announce. */
    readonly cache: SessionCache = new SessionCache(),
  ) {}

  /**
   * Checks the password (as slowly for an unknown address as for a wrong password) and opens a session.
   * After repeated failures the account and the address must wait, doubling each time (`LoginThrottle`);
   * a waiting login is refused before the password is even looked at.
   */
  async login(email: string, password: string, clientAddress: string): Promise<{ token: string; user: User; expiresAt: Date }> {
    const normalizedEmail = email.trim().toLowerCase();
    if (normalizedEmail === '') throw badInput('email', 'REQUIRED');
    const wait = this.throttle?.waitMs(normalizedEmail, clientAddress) ?? 0;
    if (wait > 0) throw tooManyRequests(wait);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normalizedEmail })
      .getOne();
    const valid = user
      ? await verifyPassword(password, user.passwordHash)
      : await verifyPassword(password, await (dummyHash ??= hashPassword('not a password')));
    if (!user || !valid || !user.active) {
      this.throttle?.failed(normalizedEmail, clientAddress);
      throw new AppError(ErrorCode.Unauthenticated, {}, 'wrong e-mail or password');
    }
    this.throttle?.succeeded(normalizedEmail, clientAddress);
    return { ...(await this.startSession(this.dataSource.manager, user.id)), user };
  }

  /** Opens a session for a person (after a login, an accepted invitation or a reset) and notes the sign-in. */
  async startSession(manager: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock().getTime() + this.sessionDays * 86_400_000);
    await manager.getRepository(UserSession).insert({ tokenHash: hashToken(token), userId, expiresAt });
    await manager.getRepository(User).update({ id: userId }, { lastSignInAt: this.clock() });
    return { token, expiresAt };
  }

  /** The viewer a session token stands for; anonymous when it is unknown, expired, or its user is deactivated. */
  async viewerForToken(token: string | undefined): Promise<Viewer> {
    if (!token) return ANONYMOUS;
    const tokenHash = hashToken(token);
    const now = this.clock();
    const known = this.cache.viewerFor(tokenHash, now);
    if (known) return known;
    const generation = this.cache.generation;
    const rows: Array<{
      user_id: string;
      role: UserRole;
      organization_id: string | null;
      coach_id: string | null;
      coach_active: boolean | null;
      expires_at: Date | string;
    }> = await this.dataSource.query(
      `SELECT u.id AS user_id, u.role, u.organization_id, c.id AS coach_id, c.active AS coach_active, s.expires_at
         FROM user_session s JOIN app_user u ON u.id = s.user_id
         LEFT JOIN coach c ON c.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
      [tokenHash, now.toISOString()],
    );
    const row = rows[0];
    if (!row) return ANONYMOUS;
    const viewer = viewerOfPerson({
      id: row.user_id,
      role: row.role,
      organizationId: row.organization_id,
      coachId: row.coach_id,
      coachActive: row.coach_active === true,
      active: true,
      sessionId: tokenHash,
    });
    if (viewer.kind === 'anonymous') return ANONYMOUS;
    this.cache.remember(tokenHash, { viewer, userId: row.user_id, expiresAt: new Date(row.expires_at).getTime() }, generation);
    return viewer;
  }

  async logout(viewer: Viewer): Promise<void> {
    if (viewer.kind !== 'member' && viewer.kind !== 'staff' && viewer.kind !== 'coach') return;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserSession).delete({ tokenHash: viewer.sessionId });
      await announceCredentialEnded(manager, viewer.sessionId);
    });
    this.cache.forgetSession(viewer.sessionId);
  }

  async findUser(id: string): Promise<User> {
    if (!isUuid(id)) throw notFound('User', id);
    const user = await this.dataSource.getRepository(User).findOne({ where: { id }, relations: { organization: true } });
    if (!user) throw notFound('User', id);
    return user;
  }
}

/**
 * After commit, every node closes the WebSockets opened with this credential (a session's token hash, or
 * `display:<id>` for a wall display's link). Besides the change log's, the session signals are the only
 * NOTIFYs there are (ESLint keeps `pg_notify` to this file and the log).
 */
export async function announceCredentialEnded(manager: EntityManager, credential: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [SESSION_ENDED_CHANNEL, credential]);
}

/**
 * Ends a person's sessions inside the caller's transaction (all of them, or all but `keep`); after commit
 * every node closes their WebSockets (`session_ended`).
 */
export async function endSessions(manager: EntityManager, userId: string, keep: string | null = null): Promise<void> {
  await manager.query(
    `WITH ended AS (DELETE FROM user_session WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2 RETURNING token_hash)
     SELECT pg_notify($3, token_hash) FROM ended`,
    [userId, keep, SESSION_ENDED_CHANNEL],
  );
}

/**
 * After a role or MO change a person's sessions stay, but their open WebSockets were authorised as who
 * they were: they close with a code the client retries at once (`session_changed`), and reconnect as who
 * they are now.
 */
export async function refreshSessions(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`SELECT pg_notify($2, token_hash) FROM user_session WHERE user_id = $1`, [userId, SESSION_CHANGED_CHANNEL]);
}
