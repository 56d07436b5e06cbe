import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BookingFieldsJson, DraftFieldName } from '../bookings/booking-shape.js';

/** The booking a series' dates are made from, as stored: the draft of its first date, JSON-safe. */
export type SeriesTemplate = Pick<BookingFieldsJson, DraftFieldName>;

/**
 * A weekly group's bookings as one thing: a recurrence rule and the booking every date is made from.
 * Each date is still a booking row of its own (`booking.series_id`), so the database guards every one.
 */
@Entity({ name: 'booking_series' })
export class BookingSeries {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  /** The RRULE line without DTSTART; DTSTART is the template's start, in `timeZone`'s wall time. */
  @Column({ type: 'text' })
  rrule!: string;

  @Column({ type: 'text', name: 'time_zone' })
  timeZone!: string;

  @Column({ type: 'jsonb' })
  template!: SeriesTemplate;

  @Column({ type: 'uuid', name: 'split_from_id', nullable: true })
  splitFromId!: string | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
