import type { DataSource, EntityManager } from 'typeorm';
import type { Mailer } from '../mail/mailer.js';
import { formatInstant, mailFooter, mailMessagesFor } from '../mail/messages.js';
import { recordChange } from '../changes/change-log.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { checkRoleAndOrganization, normalizeEmail, normalizeLanguage, normalizePersonName } from './account-fields.js';
import { Invitation } from './invitation.entity.js';
import { isWellFormedToken, newOneTimeToken } from './one-time-token.js';
import { hashPassword } from './password.js';
import { checkNewPassword } from './password-rules.js';
import { assertActiveOrganization } from './people.service.js';
import { assertStaff } from './policy.js';
import { hashToken, type SessionService } from './session.service.js';
import { User, type UserRole } from './user.entity.js';
import { userSnapshot } from './user-snapshot.js';
import { viewerUserId, type Viewer } from './viewer.js';

export const INVITATION_VALID_DAYS = 7;

export interface InvitationRequest {
  email: string;
  name: string | null;
  role: UserRole;
  organizationId: string | null;
  /** The language of the e-mail and of the new account; the inviter's if not given. */
  language: string | null;
}

export interface IssuedInvitation {
  invitation: Invitation;
  url: string;
  emailSent: boolean;
}

/** The link a person opens to accept; the client route `/invite/:token` asks for name and password. */
export const invitationUrl = (base: string, token: string) => `${base}/invite/${token}`;

/**
 * Invitations: staff invite a member of an MO or a staff member by e-mail; the person opens a one-time
 * link (valid seven days), chooses a name and password and is signed in. `npm run create-staff` issues the
 * first one. The token is shown once; only its hash is stored.
 */
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
  ) {}

  async inviteUser(viewer: Viewer, request: InvitationRequest, linkBase: string, inviterName: string): Promise<IssuedInvitation> {
    assertStaff(viewer);
    return this.issue(request, linkBase, { actorId: viewerUserId(viewer), inviterName });
  }

  /** The first staff account of a fresh deployment (`npm run create-staff`): no one to invite it yet. */
  createStaffInvitation(email: string, name: string, linkBase: string): Promise<IssuedInvitation> {
    return this.issue({ email, name, role: 'STAFF', organizationId: null, language: null }, linkBase, {
      actorId: null,
      inviterName: 'KolLEktiv',
    });
  }

  private async issue(
    request: InvitationRequest,
    linkBase: string,
    from: { actorId: string | null; inviterName: string },
  ): Promise<IssuedInvitation> {
    const email = normalizeEmail(request.email);
    const name = cleanText('name', request.name, { maxLength: 200, required: false }) ?? '';
    const language = normalizeLanguage(request.language);
    const organizationId = request.role !== 'MEMBER' ? null : request.organizationId;
    checkRoleAndOrganization(request.role, organizationId);
    const { token, tokenHash } = newOneTimeToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      if (organizationId) await assertActiveOrganization(manager, organizationId);
      if (await manager.getRepository(User).existsBy({ email })) throw badInput('email', 'DUPLICATE');
      // a new invitation replaces any earlier one to the same address
      await manager.query(`UPDATE invitation SET revoked_at = $2 WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [
        email,
        this.clock(),
      ]);
      const saved = await manager.getRepository(Invitation).save({
        email,
        name,
        role: request.role,
        organizationId,
        language,
        tokenHash,
        expiresAt: new Date(this.clock().getTime() + INVITATION_VALID_DAYS * 86_400_000),
        createdById: from.actorId,
        acceptedAt: null,
        revokedAt: null,
      });
      await recordChange(manager, {
        entity: 'USER',
        entityId: saved.id,
        action: 'INVITED',
        actorId: from.actorId,
        before: null,
        after: { invitationId: saved.id, email, name, role: request.role, organizationId },
        locationIds: [],
        roomIds: [],
        organizationId,
      });
      return manager.getRepository(Invitation).findOneOrFail({ where: { id: saved.id }, relations: { organization: true } });
    });
    const url = invitationUrl(linkBase, token);
    const emailSent = await this.mailInvitation(invitation, url, from.inviterName, linkBase);
    return { invitation, url, emailSent };
  }

  private async mailInvitation(invitation: Invitation, url: string, inviterName: string, linkBase: string): Promise<boolean> {
    if (!this.mailer.configured) return false;
    const { language, messages } = mailMessagesFor(invitation.language);
    const body = messages.invitation.body({
      name: invitation.name,
      inviter: inviterName,
      organization: invitation.organization?.name ?? null,
      url,
      until: formatInstant(invitation.expiresAt, language),
    });
    return this.mailer.send({
      to: invitation.email,
      subject: messages.invitation.subject,
      text: `${body}\n\n${mailFooter(messages, linkBase)}\n`,
      language,
    });
  }

  /** Staff only: invitations not yet accepted or revoked (expired ones too, marked by their date). */
  async listPending(viewer: Viewer): Promise<Invitation[]> {
    assertStaff(viewer);
    return this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .leftJoinAndSelect('invitation.organization', 'organization')
      .where('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL')
      .orderBy('invitation.created_at', 'DESC')
      .getMany();
  }

  async revoke(viewer: Viewer, id: string): Promise<Invitation> {
    assertStaff(viewer);
    if (!isUuid(id)) throw notFound('Invitation', id);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(Invitation)
        .createQueryBuilder('invitation')
        .setLock('pessimistic_write')
        .where('invitation.id = :id AND invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL', { id })
        .getOne();
      if (!invitation) throw notFound('Invitation', id);
      await manager.getRepository(Invitation).update({ id }, { revokedAt: this.clock() });
      await recordChange(manager, {
        entity: 'USER',
        entityId: id,
        action: 'INVITATION_REVOKED',
        actorId: viewerUserId(viewer),
        before: { invitationId: id, email: invitation.email, role: invitation.role, organizationId: invitation.organizationId },
        after: { invitationId: id, email: invitation.email, revoked: true },
        locationIds: [],
        roomIds: [],
        organizationId: invitation.organizationId,
      });
      return manager.getRepository(Invitation).findOneOrFail({ where: { id }, relations: { organization: true } });
    });
  }

  /**
   * What the link's page shows before the account exists: the suggested name, the MO, the language staff chose.
   * Like `accept`, the link itself is the credential; a used, revoked or unknown one is INVALID_TOKEN, an old one
   * TOKEN_EXPIRED, so the page can say so before anyone types a password.
   */
  async preview(token: string): Promise<{ invitation: Invitation; organizationName: string | null }> {
    const { id } = await findUsable(this.dataSource.manager, token, this.clock(), false);
    const invitation = await this.dataSource.manager
      .getRepository(Invitation)
      .findOneOrFail({ where: { id }, relations: { organization: true } });
    return { invitation, organizationName: invitation.organization?.name ?? null };
  }

  /**
   * Creates the account an invitation was for and signs the person in. The invitation row is locked, so
   * a link used twice at the same moment still makes one account; a used, revoked or unknown link is
   * INVALID_TOKEN, an old one TOKEN_EXPIRED.
   */
  async accept(token: string, name: string, password: string): Promise<{ user: User; session: { token: string; expiresAt: Date } }> {
    const personName = normalizePersonName(name);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await findUsable(manager, token, this.clock(), true);
      checkNewPassword(password, invitation.email);
      if (invitation.organizationId) await assertActiveOrganization(manager, invitation.organizationId);
      if (await manager.getRepository(User).existsBy({ email: invitation.email })) throw badInput('email', 'DUPLICATE');
      const created = await manager.getRepository(User).save({
        name: personName,
        email: invitation.email,
        role: invitation.role,
        organizationId: invitation.organizationId,
        passwordHash: await hashPassword(password),
        active: true,
        language: invitation.language,
        lastSignInAt: null,
      });
      await manager.getRepository(Invitation).update({ id: invitation.id }, { acceptedAt: this.clock() });
      await recordChange(manager, {
        entity: 'USER',
        entityId: created.id,
        action: 'CREATED',
        actorId: created.id,
        before: null,
        after: { ...userSnapshot(created), invitationId: invitation.id },
        locationIds: [],
        roomIds: [],
        organizationId: created.organizationId,
      });
      const session = await this.sessions.startSession(manager, created.id);
      const user = await manager.getRepository(User).findOneOrFail({ where: { id: created.id }, relations: { organization: true } });
      return { user, session };
    });
  }
}

/** The invitation of a link that can still be used, locked for `accept`; otherwise the typed refusal. */
async function findUsable(manager: EntityManager, token: string, now: Date, lock: boolean): Promise<Invitation> {
  const query = manager.getRepository(Invitation).createQueryBuilder('invitation');
  if (lock) query.setLock('pessimistic_write');
  const invitation = isWellFormedToken(token)
    ? await query.where('invitation.token_hash = :hash', { hash: hashToken(token) }).getOne()
    : null;
  if (!invitation || invitation.acceptedAt || invitation.revokedAt) throw new AppError(ErrorCode.InvalidToken, {});
  if (invitation.expiresAt.getTime() <= now.getTime())
    throw new AppError(ErrorCode.TokenExpired, { expiredAt: invitation.expiresAt.toISOString() });
  return invitation;
}
