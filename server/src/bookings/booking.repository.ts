import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Booking } from './booking.entity.js';
import type { BookingRecord } from './booking-record.js';

/** Queries that load bookings with room, location and organisation in one statement. */
export function bookingsWithRelations(manager: EntityManager): SelectQueryBuilder<Booking> {
  return manager
    .getRepository(Booking)
    .createQueryBuilder('booking')
    .innerJoinAndSelect('booking.room', 'room')
    .innerJoinAndSelect('room.location', 'location')
    .innerJoinAndSelect('booking.organization', 'organization');
}

export async function findBookingRecord(manager: EntityManager, id: string): Promise<BookingRecord | null> {
  const booking = await bookingsWithRelations(manager).where('booking.id = :id', { id }).getOne();
  return booking as BookingRecord | null;
}

export interface OverlapQuery {
  roomId: string;
  start: Date;
  end: Date;
  excludeBookingId?: string;
}

/** Active bookings in the room that overlap [start, end) — the same test the exclusion constraint applies. */
export async function findOverlapping(manager: EntityManager, query: OverlapQuery): Promise<BookingRecord[]> {
  const builder = bookingsWithRelations(manager)
    .where('booking.room_id = :roomId', { roomId: query.roomId })
    .andWhere("booking.status <> 'CANCELLED'")
    .andWhere("tstzrange(booking.starts_at, booking.ends_at, '[)') && tstzrange(CAST(:start AS timestamptz), CAST(:end AS timestamptz), '[)')", {
      start: query.start.toISOString(),
      end: query.end.toISOString(),
    })
    .orderBy('booking.starts_at');
  if (query.excludeBookingId) builder.andWhere('booking.id <> :excludeId', { excludeId: query.excludeBookingId });
  return (await builder.getMany()) as BookingRecord[];
}
