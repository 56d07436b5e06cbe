import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Staff's approval rules for one scope: a room, a house (location), or with neither the whole centre. */
@Entity({ name: 'approval_rule' })
export class ApprovalRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'location_id', nullable: true })
  locationId!: string | null;

  @Column({ type: 'uuid', name: 'room_id', nullable: true })
  roomId!: string | null;

  @Column({ type: 'boolean' })
  always!: boolean;

  @Column({ type: 'integer', name: 'min_attendees', nullable: true })
  minAttendees!: number | null;

  @Column({ type: 'boolean', name: 'on_weekends' })
  onWeekends!: boolean;

  @Column({ type: 'integer', name: 'series_longer_than', nullable: true })
  seriesLongerThan!: number | null;

  @Column({ type: 'integer', name: 'first_bookings', nullable: true })
  firstBookings!: number | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
