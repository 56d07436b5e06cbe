import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BookingDraftJson } from '../bookings/booking-shape.js';

/**
 * Where an entry stands: WAITING in line; OFFERED a HELD booking (`offerBookingId`) to confirm in time; BOOKED
 * once confirmed; DECLINED when the MO said no to the offer (or cancelled it); LEFT when the MO left the list;
 * EXPIRED when the offer lapsed, or the slot passed, or its person may no longer book for the MO.
 */
export const WAITING_LIST_STATUSES = ['WAITING', 'OFFERED', 'BOOKED', 'DECLINED', 'LEFT', 'EXPIRED'] as const;
export type WaitingListStatus = (typeof WAITING_LIST_STATUSES)[number];

/** The statuses of an entry still in line (the database lets an MO wait for one slot once among these). */
export const OPEN_WAITING_STATUSES = ['WAITING', 'OFFERED'] as const satisfies readonly WaitingListStatus[];

/** An MO waiting for a taken slot (issue 29), with the booking it wants made when the slot frees up. */
@Entity({ name: 'waiting_list_entry' })
export class WaitingListEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The join order: the smallest waiting position of a room is first in line. */
  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  /** Who joined: the offer is placed with their rights (null once they are gone: the entry expires). */
  @Column({ type: 'uuid', name: 'person_id', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid', name: 'room_id' })
  roomId!: string;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  start!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  end!: Date;

  @Column({ type: 'uuid', name: 'series_id', nullable: true })
  seriesId!: string | null;

  @Column({ type: 'timestamptz', name: 'occurrence_start', nullable: true })
  occurrenceStart!: Date | null;

  /** The booking to make, as the booking's shape has it (`draftToJson`). */
  @Column({ type: 'jsonb' })
  draft!: BookingDraftJson;

  @Column({ type: 'text' })
  status!: WaitingListStatus;

  @Column({ type: 'uuid', name: 'offer_booking_id', nullable: true })
  offerBookingId!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
