import type { DataSource, EntityManager } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import type { SessionCache } from '../auth/session-cache.js';
import { refreshSessions } from '../auth/session.service.js';
import { User } from '../auth/user.entity.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { recordChange, type ChangeAction, type Snapshot } from '../changes/change-log.js';
import { UNIQUE_VIOLATION, sqlState } from '../shared/database-errors.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { cleanLanguages } from './coaching-input.js';
import { coachSnapshot } from './coaching-log.js';
import { Coach } from './coaching.entities.js';
import type { CoachingTopic } from './coaching.enums.js';

/** The most coaches one list holds. */
export const MAX_COACHES = 200;

export interface CoachDraft {
  name?: string | null;
  topics?: CoachingTopic[] | null;
  languages?: string[] | null;
  contact?: string | null;
  active?: boolean | null;
  /** A person with the COACH role who signs in as this coach; null unlinks. */
  userId?: string | null;
}

/**
 * The coaches staff keep: topics, languages, contact, active or resting, and the person who signs in as one.
 * Linking or unlinking a person changes who they are to the app, so their sessions are looked up afresh.
 */
export class CoachService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionCache: SessionCache,
  ) {}

  async listCoaches(viewer: Viewer): Promise<Coach[]> {
    assertStaff(viewer);
    return this.dataSource.getRepository(Coach).find({ order: { active: 'DESC', name: 'ASC' }, take: MAX_COACHES });
  }

  /** Every active coach, to match against requests; who may see a match is the caller's question (the policy's). */
  activeCoaches(): Promise<Coach[]> {
    return this.dataSource.getRepository(Coach).find({ where: { active: true }, order: { name: 'ASC' }, take: MAX_COACHES });
  }

  async createCoach(viewer: Viewer, draft: CoachDraft): Promise<Coach> {
    assertStaff(viewer);
    const values = cleanCoach(draft, { name: '', topics: [], languages: [], contact: '', active: true, userId: null });
    const id = await this.writeCoach(
      async (manager) => {
        await assertCoachAccount(manager, values.userId);
        const saved = await manager.getRepository(Coach).save(values);
        const after = await manager.getRepository(Coach).findOneByOrFail({ id: saved.id });
        await logCoach(manager, viewer, after.id, 'CREATED', null, coachSnapshot(after));
        if (after.userId) await refreshSessions(manager, after.userId);
        return after.id;
      },
      [values.userId],
    );
    return this.dataSource.getRepository(Coach).findOneByOrFail({ id });
  }

  async updateCoach(viewer: Viewer, id: string, draft: CoachDraft): Promise<Coach> {
    assertStaff(viewer);
    if (!isUuid(id)) throw notFound('Coach', id);
    const before = await this.dataSource.getRepository(Coach).findOneBy({ id });
    if (!before) throw notFound('Coach', id);
    // whose sessions to forget afterwards: the people linked before and after, as found under the lock
    const linked: Array<string | null> = [before.userId];
    await this.writeCoach(async (manager) => {
      const locked: unknown[] = await manager.query('SELECT id FROM coach WHERE id = $1 FOR UPDATE', [id]);
      const current = locked.length ? await manager.getRepository(Coach).findOneBy({ id }) : null;
      if (!current) throw notFound('Coach', id);
      // merged onto the row as it is now, under its lock: a concurrent change of another field stays
      const values = cleanCoach(draft, current);
      linked.push(current.userId, values.userId);
      if (values.userId !== current.userId) await assertCoachAccount(manager, values.userId);
      await manager.getRepository(Coach).update({ id }, values);
      const after = await manager.getRepository(Coach).findOneByOrFail({ id });
      await logCoach(manager, viewer, id, 'UPDATED', coachSnapshot(current), coachSnapshot(after));
      // whoever signs in as this coach is someone else now: their sessions are looked up afresh
      for (const userId of new Set([current.userId, after.userId])) if (userId) await refreshSessions(manager, userId);
      return id;
    }, linked);
    return this.dataSource.getRepository(Coach).findOneByOrFail({ id });
  }

  /** A coach's account links one person; the sessions of those it linked or unlinked are forgotten after commit. */
  private async writeCoach(work: (manager: EntityManager) => Promise<string>, userIds: Array<string | null>): Promise<string> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw badInput('userId', 'DUPLICATE');
      throw error;
    } finally {
      for (const userId of userIds) if (userId) this.sessionCache.forgetUser(userId);
    }
  }
}

function cleanCoach(draft: CoachDraft, base: Omit<Coach, 'id' | 'createdAt'>): Omit<Coach, 'id' | 'createdAt'> {
  const topics = draft.topics ?? base.topics;
  if (topics.length < 1) throw badInput('topics', 'REQUIRED');
  if (draft.userId) assertUuid('userId', draft.userId);
  return {
    name: draft.name != null ? cleanText('name', draft.name, { maxLength: 200, required: true }) : base.name,
    topics: [...new Set(topics)],
    languages: draft.languages != null ? cleanLanguages('languages', draft.languages) : cleanLanguages('languages', base.languages),
    contact: draft.contact !== undefined ? (cleanText('contact', draft.contact, { maxLength: 500, required: false }) ?? '') : base.contact,
    active: draft.active ?? base.active,
    userId: draft.userId !== undefined ? draft.userId : base.userId,
  };
}

/** Staff's list of coaches is the audit's to show; no MO or coach is told of it (it is no coaching change). */
async function logCoach(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  action: ChangeAction,
  before: Snapshot | null,
  after: Snapshot,
): Promise<void> {
  await recordChange(manager, {
    entity: 'COACH',
    entityId: id,
    action,
    actorId: viewerUserId(viewer),
    before,
    after,
    locationIds: [],
    roomIds: [],
    organizationId: null,
  });
}

/** Only a person with the COACH role signs in as a coach. */
async function assertCoachAccount(manager: EntityManager, userId: string | null): Promise<void> {
  if (userId === null) return;
  const user = await manager.getRepository(User).findOneBy({ id: userId });
  if (user?.role !== 'COACH') throw badInput('userId', 'INVALID');
}
