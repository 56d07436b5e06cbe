import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import type { BookingCategory, BookingStatus, BookingVisibility } from './booking.enums.js';

@Entity({ name: 'booking' })
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'room_id' })
  roomId!: string;

  @ManyToOne(() => Room)
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  category!: BookingCategory;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  start!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  end!: Date;

  @Column({ type: 'text' })
  status!: BookingStatus;

  @Column({ type: 'text' })
  visibility!: BookingVisibility;

  @Column({ type: 'integer', name: 'expected_attendees', nullable: true })
  expectedAttendees!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'uuid', name: 'series_id', nullable: true })
  seriesId!: string | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
