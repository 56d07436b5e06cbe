import type { DataSource } from 'typeorm';
import type { Mailer } from '../mail/mailer.js';
import { formatInstant, mailFooter, mailMessagesFor } from '../mail/messages.js';
import { recordChange } from '../changes/change-log.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, isUuid, notFound } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { RateLimiter } from '../shared/rate-limiter.js';
import { normalizeEmail } from './account-fields.js';
import { isWellFormedToken, newOneTimeToken } from './one-time-token.js';
import { hashPassword } from './password.js';
import { checkNewPassword } from './password-rules.js';
import { assertStaff } from './policy.js';
import { endSessions, hashToken, type SessionService } from './session.service.js';
import { voidAfterNewPassword } from './lingering-credentials.js';
import { User } from './user.entity.js';
import { userSnapshot } from './user-snapshot.js';
import { viewerUserId, type Viewer } from './viewer.js';

export const RESET_VALID_HOURS = 48;

/** The link a person opens to choose a new password (client route `/reset-password/:token`). */
export const resetUrl = (base: string, token: string) => `${base}/reset-password/${token}`;

/**
 * Password resets: staff issue a one-time link for a person (to pass on), or anyone asks for one by
 * e-mail on the login page. Using it sets the new password, ends every other session of that person and
 * signs them in.
 */
export class PasswordResetService {
  /** At most three reset mails an hour to one address, whoever asks. */
  private readonly mailsPerAddress: RateLimiter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly log: Log,
  ) {
    this.mailsPerAddress = new RateLimiter(clock, 3 / 60, 3);
  }

  /** Staff only: a link for one person, e.g. someone without e-mail access. */
  async createForUser(viewer: Viewer, userId: string, linkBase: string): Promise<{ url: string; expiresAt: Date }> {
    assertStaff(viewer);
    if (!isUuid(userId)) throw notFound('User', userId);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound('User', userId);
    const { token, expiresAt } = await this.issue(user, viewerUserId(viewer));
    return { url: resetUrl(linkBase, token), expiresAt };
  }

  /**
   * "Forgot password": mails a link when the address belongs to an active person and mail is set up. The
   * answer is the same either way, so nobody learns which addresses have accounts.
   */
  async requestByEmail(email: string, linkBase: string): Promise<void> {
    try {
      await this.mailResetLink(email, linkBase);
    } catch (error) {
      this.log('could not send a password reset link', error);
    }
  }

  private async mailResetLink(email: string, linkBase: string): Promise<void> {
    if (!this.mailer.configured) return;
    let normalized: string;
    try {
      normalized = normalizeEmail(email);
    } catch {
      return;
    }
    if (!this.mailsPerAddress.take(normalized).allowed) return;
    const user = await this.dataSource.getRepository(User).findOneBy({ email: normalized, active: true });
    if (!user) return;
    const { token, expiresAt } = await this.issue(user, null);
    const { language, messages } = mailMessagesFor(user.language);
    const body = messages.passwordReset.body({
      name: user.name,
      url: resetUrl(linkBase, token),
      until: formatInstant(expiresAt, language),
    });
    await this.mailer.send({
      to: user.email,
      subject: messages.passwordReset.subject,
      text: `${body}\n\n${mailFooter(messages, linkBase)}\n`,
      language,
    });
  }

  private async issue(user: User, actorId: string | null): Promise<{ token: string; expiresAt: Date }> {
    const { token, tokenHash } = newOneTimeToken();
    const expiresAt = new Date(this.clock().getTime() + RESET_VALID_HOURS * 3600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO password_reset (user_id, token_hash, expires_at, created_by_id) VALUES ($1, $2, $3, $4)`, [
        user.id,
        tokenHash,
        expiresAt,
        actorId,
      ]);
      await recordChange(manager, {
        entity: 'USER',
        entityId: user.id,
        action: 'PASSWORD_RESET_ISSUED',
        actorId,
        before: null,
        after: { id: user.id, email: user.email, expiresAt: expiresAt.toISOString() },
        locationIds: [],
        roomIds: [],
        organizationId: user.organizationId,
      });
    });
    return { token, expiresAt };
  }

  /** Sets the new password once per link, ends all other sessions, and signs the person in. */
  async reset(token: string, password: string): Promise<{ user: User; session: { token: string; expiresAt: Date } }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; user_id: string; expires_at: Date; used_at: Date | null }> = isWellFormedToken(token)
        ? await manager.query(`SELECT id, user_id, expires_at, used_at FROM password_reset WHERE token_hash = $1 FOR UPDATE`, [
            hashToken(token),
          ])
        : [];
      const reset = rows[0];
      if (!reset || reset.used_at !== null) throw new AppError(ErrorCode.InvalidToken, {});
      if (new Date(reset.expires_at).getTime() <= this.clock().getTime())
        throw new AppError(ErrorCode.TokenExpired, { expiredAt: new Date(reset.expires_at).toISOString() });
      const user = await manager.getRepository(User).findOneBy({ id: reset.user_id });
      if (!user || !user.active) throw new AppError(ErrorCode.InvalidToken, {});
      checkNewPassword(password, user.email);
      await manager.getRepository(User).update({ id: user.id }, { passwordHash: await hashPassword(password) });
      await manager.query(`UPDATE password_reset SET used_at = $2 WHERE id = $1`, [reset.id, this.clock()]);
      // every other link of this person stops working too, and so do their feed addresses
      await voidAfterNewPassword(manager, user.id);
      await endSessions(manager, user.id);
      await recordChange(manager, {
        entity: 'USER',
        entityId: user.id,
        action: 'PASSWORD_CHANGED',
        actorId: user.id,
        before: userSnapshot(user),
        after: userSnapshot(user),
        locationIds: [],
        roomIds: [],
        organizationId: user.organizationId,
      });
      const session = await this.sessions.startSession(manager, user.id);
      const signedIn = await manager.getRepository(User).findOneOrFail({ where: { id: user.id }, relations: { organization: true } });
      return { user: signedIn, session };
    });
    this.sessions.cache.forgetUser(result.user.id);
    return result;
  }
}
