import type { DataSource, EntityManager } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { recordChange, type ChangeAction, type Snapshot } from '../changes/change-log.js';
import type { Clock } from '../shared/clock.js';
import { UNIQUE_VIOLATION, sqlState } from '../shared/database-errors.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { isValidTimeZone } from '../shared/zoned-time.js';
import { Location } from './location.entity.js';
import { isValidWeek, type OpeningHours } from './opening-hours.js';
import { ROOM_FEATURES, Room, type RoomFeature } from './room.entity.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

export interface LocationInput {
  name?: string | null;
  address?: string | null;
  timeZone?: string | null;
  openingHours?: OpeningHours[] | null;
  sortOrder?: number | null;
  openOnPublicHolidays?: boolean | null;
  active?: boolean | null;
}

export interface RoomInput {
  locationId?: string | null;
  name?: string | null;
  capacity?: number | null;
  features?: string[] | null;
  colour?: string | null;
  sortOrder?: number | null;
  active?: boolean | null;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function locationSnapshot(location: Location): Snapshot {
  return {
    id: location.id,
    name: location.name,
    address: location.address,
    timeZone: location.timeZone,
    openingHours: location.openingHours,
    sortOrder: location.sortOrder,
    openOnPublicHolidays: location.openOnPublicHolidays,
    active: location.active,
  };
}

export function roomSnapshot(room: Room): Snapshot {
  return {
    id: room.id,
    locationId: room.locationId,
    name: room.name,
    capacity: room.capacity,
    features: room.features,
    colour: room.colour,
    sortOrder: room.sortOrder,
    active: room.active,
  };
}

/**
 * Staff set up the houses and rooms: every change in one transaction with its change-log entry, which
 * is the audit trail and what tells open calendars and wall displays to refetch their directory. Retiring a
 * house or room with future bookings is refused (they would vanish from every calendar); past ones stay.
 */
export class DirectoryAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async createLocation(viewer: Viewer, input: LocationInput): Promise<Location> {
    assertStaff(viewer);
    const values = checkLocation(
      { active: true, sortOrder: 0, timeZone: 'Europe/Berlin', openingHours: [], address: '', ...dropNulls(input) },
      true,
    );
    return this.write(async (manager) => {
      const saved = await manager.getRepository(Location).save(values);
      const after = await manager.getRepository(Location).findOneByOrFail({ id: saved.id });
      await this.log(manager, viewer, 'LOCATION', 'CREATED', null, after);
      return after;
    }, 'name');
  }

  async updateLocation(viewer: Viewer, id: string, input: LocationInput): Promise<Location> {
    assertStaff(viewer);
    if (!isUuid(id)) throw notFound('Location', id);
    return this.write(async (manager) => {
      const before = await lock(manager, Location, 'location', id);
      const values = checkLocation({ ...before, ...dropNulls(input) }, false);
      if (before.active && values.active === false) await this.assertNoFutureBookings(manager, { locationId: id }, 'active');
      await manager.getRepository(Location).update({ id }, values);
      const after = await manager.getRepository(Location).findOneByOrFail({ id });
      await this.log(manager, viewer, 'LOCATION', activityAction(before.active, after.active), before, after);
      return after;
    }, 'name');
  }

  async createRoom(viewer: Viewer, input: RoomInput): Promise<Room> {
    assertStaff(viewer);
    if (!input.locationId) throw badInput('locationId', 'REQUIRED');
    assertUuid('locationId', input.locationId);
    const values = checkRoom({ active: true, sortOrder: 0, features: [], colour: '#5b6b7f', ...dropNulls(input) }, true);
    return this.write(async (manager) => {
      const location = await manager.getRepository(Location).findOneBy({ id: input.locationId ?? '' });
      if (!location) throw badInput('locationId', 'UNKNOWN_LOCATION');
      const saved = await manager.getRepository(Room).save(values);
      const after = await manager.getRepository(Room).findOneByOrFail({ id: saved.id });
      await this.log(manager, viewer, 'ROOM', 'CREATED', null, after);
      return after;
    }, 'name');
  }

  async updateRoom(viewer: Viewer, id: string, input: RoomInput): Promise<Room> {
    assertStaff(viewer);
    if (!isUuid(id)) throw notFound('Room', id);
    return this.write(async (manager) => {
      const before = await lock(manager, Room, 'room', id);
      const values = checkRoom({ ...before, ...dropNulls(input) }, false);
      if (values.locationId !== before.locationId) {
        assertUuid('locationId', values.locationId ?? '');
        if (!(await manager.getRepository(Location).existsBy({ id: values.locationId ?? '' })))
          throw badInput('locationId', 'UNKNOWN_LOCATION');
        await this.assertNoFutureBookings(manager, { roomId: id }, 'locationId');
      }
      if (before.active && values.active === false) await this.assertNoFutureBookings(manager, { roomId: id }, 'active');
      await manager.getRepository(Room).update({ id }, values);
      const after = await manager.getRepository(Room).findOneByOrFail({ id });
      await this.log(manager, viewer, 'ROOM', activityAction(before.active, after.active), before, after);
      return after;
    }, 'name');
  }

  private async assertNoFutureBookings(
    manager: EntityManager,
    where: { locationId: string } | { roomId: string },
    field: string,
  ): Promise<void> {
    const rows: Array<{ count: string }> = await manager.query(
      `SELECT count(*)::text AS count FROM booking b JOIN room r ON r.id = b.room_id
        WHERE ${holdsSlotSql('b')} AND b.ends_at > $1 AND ${'roomId' in where ? 'b.room_id' : 'r.location_id'} = $2`,
      [this.clock().toISOString(), 'roomId' in where ? where.roomId : where.locationId],
    );
    const count = Number(rows[0]?.count ?? 0);
    if (count > 0) throw badInput(field, 'HAS_FUTURE_BOOKINGS', count);
  }

  private log(
    manager: EntityManager,
    viewer: Viewer,
    entity: 'LOCATION' | 'ROOM',
    action: ChangeAction,
    before: Location | Room | null,
    after: Location | Room,
  ) {
    const snapshot = (value: Location | Room) => (value instanceof Room ? roomSnapshot(value) : locationSnapshot(value));
    const locationIds = [before, after]
      .filter((value): value is Location | Room => value !== null)
      .map((value) => (value instanceof Room ? value.locationId : value.id));
    return recordChange(manager, {
      entity,
      entityId: after.id,
      action,
      actorId: viewerUserId(viewer),
      before: before ? snapshot(before) : null,
      after: snapshot(after),
      locationIds,
      roomIds: after instanceof Room ? [after.id] : [],
      organizationId: null,
    });
  }

  /** One transaction; a duplicate name (unique constraint) becomes BAD_USER_INPUT on `field`. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>, field: string): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw badInput(field, 'DUPLICATE');
      throw error;
    }
  }
}

function activityAction(wasActive: boolean, isActive: boolean): ChangeAction {
  if (wasActive === isActive) return 'UPDATED';
  return isActive ? 'REACTIVATED' : 'DEACTIVATED';
}

function dropNulls<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as never;
}

async function lock<T extends Location | Room>(manager: EntityManager, entity: new () => T, table: string, id: string): Promise<T> {
  const locked: unknown[] = await manager.query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  const found = locked.length ? await manager.getRepository(entity).findOneBy({ id } as never) : null;
  if (!found) throw notFound(table === 'room' ? 'Room' : 'Location', id);
  return found;
}

function checkLocation(values: LocationInput, creating: boolean): Partial<Location> {
  const name = cleanText('name', values.name, { maxLength: 120, required: true });
  const address = cleanText('address', values.address, { maxLength: 300, required: false }) ?? '';
  const timeZone = values.timeZone ?? 'Europe/Berlin';
  if (!isValidTimeZone(timeZone) || !timeZone.includes('/')) throw badInput('timeZone', 'INVALID_TIME_ZONE');
  const openingHours = (values.openingHours ?? []).map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
  if (!isValidWeek(openingHours)) throw badInput('openingHours', 'INVALID_OPENING_HOURS');
  const sortOrder = values.sortOrder ?? 0;
  if (!Number.isInteger(sortOrder) || Math.abs(sortOrder) > 10_000) throw badInput('sortOrder', 'OUT_OF_RANGE', '±10000');
  const openOnPublicHolidays = values.openOnPublicHolidays ?? false;
  return { name, address, timeZone, openingHours, sortOrder, openOnPublicHolidays, active: creating ? true : (values.active ?? true) };
}

function checkRoom(values: RoomInput, creating: boolean): Partial<Room> {
  const name = cleanText('name', values.name, { maxLength: 120, required: true });
  const capacity = values.capacity;
  if (capacity === undefined || capacity === null) throw badInput('capacity', 'REQUIRED');
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 2000) throw badInput('capacity', 'OUT_OF_RANGE', '1–2000');
  const features = [...new Set(values.features ?? [])];
  if (!features.every((feature): feature is RoomFeature => (ROOM_FEATURES as readonly string[]).includes(feature)))
    throw badInput('features', 'INVALID');
  const colour = values.colour ?? '#5b6b7f';
  if (!COLOUR.test(colour)) throw badInput('colour', 'INVALID_COLOUR');
  const sortOrder = values.sortOrder ?? 0;
  if (!Number.isInteger(sortOrder) || Math.abs(sortOrder) > 10_000) throw badInput('sortOrder', 'OUT_OF_RANGE', '±10000');
  return {
    locationId: values.locationId ?? undefined,
    name,
    capacity,
    features,
    colour,
    sortOrder,
    active: creating ? true : (values.active ?? true),
  };
}
