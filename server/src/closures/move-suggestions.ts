import type { EntityManager } from 'typeorm';
import { slotVerdict } from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import { findOverlappingMany } from '../bookings/booking.repository.js';
import { Location } from '../locations/location.entity.js';
import { Room } from '../locations/room.entity.js';
import { findClosedPeriods, type ClosedPeriod } from './closed-periods.js';

/** How many rooms are offered for one booking; the first is the suggestion. */
export const MOVE_SUGGESTIONS = 5;

type PlacedRoom = Room & { location: Location };

interface Span {
  roomId: string;
  start: number;
  end: number;
}

/** What a suggestion needs of a booking: where and when it is, and how many come. */
export interface BookingToMove {
  id: string;
  roomId: string;
  locationId: string;
  start: Date;
  end: Date;
  expectedAttendees: number | null;
  roomCapacity: number;
}

/**
 * The rooms a booking could move to, best first: big enough (the people expected, else the room it had),
 * in its own house before another, then the smallest that fits. `usable` says whether a room is open and
 * free at the booking's time; `claimed` holds what earlier bookings of the same closure were offered first,
 * so two bookings at one time are not both sent to the same room.
 */
export function rankMoveTargets(
  booking: BookingToMove,
  rooms: readonly PlacedRoom[],
  usable: (room: PlacedRoom) => boolean,
  claimed: readonly Span[],
): PlacedRoom[] {
  const needed = booking.expectedAttendees ?? booking.roomCapacity;
  const start = booking.start.getTime();
  const end = booking.end.getTime();
  const isClaimed = (room: PlacedRoom) => claimed.some((span) => span.roomId === room.id && span.start < end && start < span.end);
  return rooms
    .filter((room) => room.id !== booking.roomId && room.capacity >= needed && !isClaimed(room) && usable(room))
    .sort(
      (a, b) =>
        Number(a.locationId !== booking.locationId) - Number(b.locationId !== booking.locationId) ||
        a.capacity - b.capacity ||
        a.location.sortOrder - b.location.sortOrder ||
        a.sortOrder - b.sortOrder,
    )
    .slice(0, MOVE_SUGGESTIONS);
}

/**
 * For each booking a closure (maybe not yet saved: `closure`) lies over, the rooms it could move to at the
 * same time, in every active house: open then, not closed (also by `closure`), no booking in the way.
 */
export async function moveSuggestions(
  manager: EntityManager,
  bookings: readonly BookingRecord[],
  closure: ClosedPeriod,
): Promise<Map<string, PlacedRoom[]>> {
  const suggestions = new Map<string, PlacedRoom[]>();
  if (bookings.length === 0) return suggestions;
  const rooms = (await manager.getRepository(Room).find({ where: { active: true }, relations: { location: true } })).filter(
    (room): room is PlacedRoom => room.location?.active === true,
  );
  const from = new Date(Math.min(...bookings.map((booking) => booking.start.getTime())));
  const to = new Date(Math.max(...bookings.map((booking) => booking.end.getTime())));
  const closed = [...(await findClosedPeriods(manager, [...new Set(rooms.map((room) => room.locationId))], from, to)), closure];
  // `slotVerdict` reads the periods of the room's own house only
  const closedIn = (locationId: string) => closed.filter((period) => period.locationId === locationId);
  const claimed: Span[] = [];
  for (const booking of bookings) {
    const own = rooms.find((room) => room.id === booking.roomId);
    const open = rooms.filter(
      (room) => slotVerdict({ roomId: room.id, start: booking.start, end: booking.end }, room, closedIn(room.locationId)).status === 'FREE',
    );
    // one query per booking: a closure lies over a few dozen bookings, and each has its own time
    const overlapping = await findOverlappingMany(
      manager,
      open.map((room) => ({ roomId: room.id, start: booking.start, end: booking.end })),
    );
    const free = new Set(open.filter((_room, index) => (overlapping[index] ?? []).length === 0).map((room) => room.id));
    const ranked = rankMoveTargets(
      {
        id: booking.id,
        roomId: booking.roomId,
        locationId: own?.locationId ?? closure.locationId,
        start: booking.start,
        end: booking.end,
        expectedAttendees: booking.expectedAttendees,
        roomCapacity: own?.capacity ?? 1,
      },
      rooms,
      (room) => free.has(room.id),
      claimed,
    );
    suggestions.set(booking.id, ranked);
    const first = ranked[0];
    if (first) claimed.push({ roomId: first.id, start: booking.start.getTime(), end: booking.end.getTime() });
  }
  return suggestions;
}
