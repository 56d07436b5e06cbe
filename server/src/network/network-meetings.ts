import { In, type EntityManager } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { MeetingResponse, NetworkMeeting } from './network.entities.js';
import type { NetworkMeetingView } from './network.types.js';

/** The most meetings one list holds: weekly meetings for the longest range asked for, and then some. */
export const MAX_LISTED_MEETINGS = 100;
/** The longest range `networkMeetings` may ask for: a year and a bit, for a yearly overview. */
export const MAX_MEETING_RANGE_DAYS = 400;

/** The meeting with what its booking says of its room, time and whether it was called off. */
export function toView(meeting: NetworkMeeting): NetworkMeetingView {
  const { booking, ...own } = meeting;
  if (!booking) throw new Error(`network meeting ${meeting.id} read without its booking`);
  return { ...own, start: booking.start, end: booking.end, roomId: booking.roomId, cancelled: booking.status === 'CANCELLED' };
}

function withBooking(manager: EntityManager) {
  return manager.getRepository(NetworkMeeting).createQueryBuilder('meeting').innerJoinAndSelect('meeting.booking', 'booking');
}

export async function findMeetingViews(manager: EntityManager, ids: readonly string[]): Promise<NetworkMeetingView[]> {
  if (ids.length === 0) return [];
  const meetings = await withBooking(manager)
    .where('meeting.id IN (:...ids)', { ids: [...ids] })
    .getMany();
  const byId = new Map(meetings.map((meeting) => [meeting.id, toView(meeting)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findMeetingView(manager: EntityManager, id: string): Promise<NetworkMeetingView | null> {
  return (await findMeetingViews(manager, [id]))[0] ?? null;
}

/** The meetings whose time meets [from, to), by start, called-off ones too. */
export async function findMeetingsInRange(manager: EntityManager, from: Date, to: Date): Promise<NetworkMeetingView[]> {
  const meetings = await withBooking(manager)
    .where('booking.ends_at > :from AND booking.starts_at < :to', { from, to })
    .orderBy('booking.starts_at', 'ASC')
    .addOrderBy('meeting.id', 'ASC')
    .take(MAX_LISTED_MEETINGS)
    .getMany();
  return meetings.map(toView);
}

/** Locks the meeting's row for the caller's transaction; false when there is none. */
export async function lockMeeting(manager: EntityManager, id: string): Promise<boolean> {
  const locked: unknown[] = await manager.query('SELECT id FROM network_meeting WHERE id = $1 FOR UPDATE', [id]);
  return locked.length > 0;
}

/**
 * The centre's own organisation, which holds the meetings' bookings: made in the first meeting's transaction.
 * The partial unique index keeps it to one row however many first meetings are created at once. No conflict
 * target: an MO may already be called 'KolLEktiv' (organization.name is UNIQUE), then the centre takes a name
 * of its own.
 */
export async function centreOrganizationId(manager: EntityManager): Promise<string> {
  for (const name of ['KolLEktiv', 'KolLEktiv (Zentrum)']) {
    await manager.query(
      `INSERT INTO organization (name, short_name, description, languages, profile_public, public_contact, active, description_translations, kind)
       VALUES ($1, 'KolLEktiv', '', '{de}', false, false, true, '{}'::jsonb, 'CENTRE')
       ON CONFLICT DO NOTHING`,
      [name],
    );
    const [row] = await manager.query<Array<{ id: string }>>(`SELECT id FROM organization WHERE kind = 'CENTRE'`);
    if (row) return row.id;
  }
  throw new Error('no name left for the centre organisation');
}

/** The answers of each meeting, in one query however many meetings an answer shows. */
export async function responsesOfMeetings(manager: EntityManager, meetingIds: readonly string[]): Promise<MeetingResponse[][]> {
  const responses = await manager.getRepository(MeetingResponse).find({
    where: { meetingId: In([...new Set(meetingIds)]) },
    order: { updatedAt: 'ASC', id: 'ASC' },
  });
  return meetingIds.map((id) => responses.filter((response) => response.meetingId === id));
}

/** Every MO invited to every meeting: the active organisations of kind MO, by name. */
export function invitedOrganizations(manager: EntityManager): Promise<Organization[]> {
  return manager
    .getRepository(Organization)
    .createQueryBuilder('organization')
    .where(`organization.active AND organization.kind = 'MO'`)
    .orderBy('organization.name', 'ASC')
    .addOrderBy('organization.id', 'ASC')
    .getMany();
}

export function organizationsByIds(manager: EntityManager, ids: readonly string[]): Promise<Organization[]> {
  return manager.getRepository(Organization).findBy({ id: In([...new Set(ids)]) });
}
