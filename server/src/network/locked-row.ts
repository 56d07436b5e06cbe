import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { isUuid, notFound } from '../shared/errors.js';
import { findMeetingView, lockMeeting } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * Locks one row for the caller's transaction, then reads it: the read comes after the lock, so it sees what the
 * last writer committed. Null when there is no such row (or `id` is no uuid).
 */
export async function lockedRow<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  if (!isUuid(id)) return null;
  const table = manager.connection.driver.escape(manager.connection.getMetadata(entity).tableName);
  const locked: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return locked.length ? manager.getRepository(entity).findOneBy({ id } as FindOptionsWhere<T>) : null;
}

/** The meeting, its row locked for the caller's transaction, with its booking's time; NOT_FOUND when there is none. */
export async function lockedMeetingView(manager: EntityManager, meetingId: string): Promise<NetworkMeetingView> {
  const meeting = isUuid(meetingId) && (await lockMeeting(manager, meetingId)) ? await findMeetingView(manager, meetingId) : null;
  if (!meeting) throw notFound('NetworkMeeting', meetingId);
  return meeting;
}
