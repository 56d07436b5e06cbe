import type { DataSource, EntityManager } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { recordChange } from '../changes/change-log.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { checkRoleAndOrganization, normalizeLanguage, normalizePersonName } from './account-fields.js';
import { voidAfterNewPassword, voidFeedAddresses, voidIssuedInvitations } from './lingering-credentials.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkNewPassword } from './password-rules.js';
import { assertSignedIn, assertStaff } from './policy.js';
import type { SessionCache } from './session-cache.js';
import { endSessions, refreshSessions } from './session.service.js';
import { User, type UserRole } from './user.entity.js';
import { userSnapshot } from './user-snapshot.js';
import { viewerUserId, type Viewer } from './viewer.js';

export interface UserChanges {
  name?: string | null;
  role?: UserRole | null;
  organizationId?: string | null;
}

/**
 * People: the lists staff see, role and MO changes, deactivation, and what everyone may change of
 * themselves. Every change is written to the change log in its own transaction (the audit trail).
 */
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    /** Forgotten after every change to a person: role, MO, activity and password decide who a session is. */
    private readonly sessionCache: SessionCache,
  ) {}

  /** Staff only: everyone, or one MO's people, with their last sign-in. */
  async listUsers(viewer: Viewer, organizationId: string | null): Promise<User[]> {
    assertStaff(viewer);
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organization', 'organization')
      .orderBy('user.name');
    if (organizationId !== null) {
      assertUuid('organizationId', organizationId);
      query.where('user.organization_id = :organizationId', { organizationId });
    }
    return query.getMany();
  }

  async findUser(id: string): Promise<User> {
    if (!isUuid(id)) throw notFound('User', id);
    const user = await this.dataSource.getRepository(User).findOne({ where: { id }, relations: { organization: true } });
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Staff only. A new role or MO takes effect at once, also on the person's open connections. */
  async updateUser(viewer: Viewer, id: string, changes: UserChanges): Promise<User> {
    assertStaff(viewer);
    await this.changeUser(viewer, id, async (manager, before) => {
      const role = changes.role ?? before.role;
      const organizationId =
        role !== 'MEMBER' ? null : changes.organizationId !== undefined ? changes.organizationId : before.organizationId;
      checkRoleAndOrganization(role, organizationId);
      if (organizationId !== null && organizationId !== before.organizationId) await assertActiveOrganization(manager, organizationId);
      if (before.role === 'STAFF' && role !== 'STAFF') await assertNotLastStaff(manager, before.id);
      const name = changes.name != null ? normalizePersonName(changes.name) : before.name;
      await manager.getRepository(User).update({ id }, { name, role, organizationId });
      if (role !== before.role || organizationId !== before.organizationId) {
        await refreshSessions(manager, id);
        // their private feeds showed what the old role or MO could read: new addresses for what they may now
        await voidFeedAddresses(manager, id);
      }
      return 'UPDATED';
    });
    return this.findUser(id);
  }

  /** Staff only. Deactivation signs the person out everywhere at once; the last active staff account stays. */
  async setUserActive(viewer: Viewer, id: string, active: boolean): Promise<User> {
    assertStaff(viewer);
    await this.changeUser(viewer, id, async (manager, before) => {
      if (before.active === active) return null;
      if (!active && before.role === 'STAFF') await assertNotLastStaff(manager, before.id);
      await manager.getRepository(User).update({ id }, { active });
      if (!active) {
        await endSessions(manager, id);
        await voidIssuedInvitations(manager, id);
      }
      return active ? 'REACTIVATED' : 'DEACTIVATED';
    });
    return this.findUser(id);
  }

  /** Anyone signed in: their own name and language. */
  async updateMe(viewer: Viewer, changes: { name?: string | null; language?: string | null }): Promise<User> {
    assertSignedIn(viewer);
    await this.changeUser(viewer, viewer.userId, async (manager, before) => {
      const name = changes.name != null ? normalizePersonName(changes.name) : before.name;
      const language = changes.language !== undefined ? normalizeLanguage(changes.language) : before.language;
      await manager.getRepository(User).update({ id: before.id }, { name, language });
      return 'UPDATED';
    });
    return this.findUser(viewer.userId);
  }

  /** Anyone signed in, with their current password; their other sessions end. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    assertSignedIn(viewer);
    await this.changeUser(viewer, viewer.userId, async (manager, before) => {
      const stored = await manager
        .getRepository(User)
        .createQueryBuilder('user')
        .addSelect('user.passwordHash')
        .where('user.id = :id', { id: before.id })
        .getOneOrFail();
      if (!(await verifyPassword(currentPassword, stored.passwordHash))) throw badInput('currentPassword', 'WRONG_PASSWORD');
      checkNewPassword(newPassword, before.email, 'newPassword');
      await manager.getRepository(User).update({ id: before.id }, { passwordHash: await hashPassword(newPassword) });
      await endSessions(manager, before.id, viewer.sessionId);
      await voidAfterNewPassword(manager, before.id);
      return 'PASSWORD_CHANGED';
    });
  }

  /** Locks the person, applies `change`, and logs before and after in the same transaction. */
  private async changeUser(
    viewer: Viewer,
    id: string,
    change: (manager: EntityManager, before: User) => Promise<'UPDATED' | 'DEACTIVATED' | 'REACTIVATED' | 'PASSWORD_CHANGED' | null>,
  ): Promise<void> {
    if (!isUuid(id)) throw notFound('User', id);
    await this.dataSource.transaction(async (manager) => {
      const locked: unknown[] = await manager.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [id]);
      const before = locked.length ? await manager.getRepository(User).findOneBy({ id }) : null;
      if (!before) throw notFound('User', id);
      const action = await change(manager, before);
      if (action === null) return;
      const after = await manager.getRepository(User).findOneByOrFail({ id });
      await recordChange(manager, {
        entity: 'USER',
        entityId: id,
        action,
        actorId: viewerUserId(viewer),
        before: userSnapshot(before),
        after: userSnapshot(after),
        locationIds: [],
        roomIds: [],
        organizationId: after.organizationId ?? before.organizationId,
      });
    });
    this.sessionCache.forgetUser(id);
  }
}

export async function assertActiveOrganization(manager: EntityManager, organizationId: string): Promise<void> {
  assertUuid('organizationId', organizationId);
  const organization = await manager.getRepository(Organization).findOneBy({ id: organizationId });
  // nobody belongs to the centre's own organisation: it only holds the network meetings' bookings
  if (!organization || !organization.active || organization.kind !== 'MO') throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
}

/** Without an active staff account nobody could run the centre any more (also erasing one: `privacy/erasure.ts`). */
export async function assertNotLastStaff(manager: EntityManager, userId: string, field = 'role'): Promise<void> {
  const others = await manager.query<unknown[]>(`SELECT 1 FROM app_user WHERE role = 'STAFF' AND active AND id <> $1 LIMIT 1`, [userId]);
  if (others.length === 0) throw badInput(field, 'LAST_STAFF');
}
