import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { OpeningHours } from './opening-hours.js';
import { Room } from './room.entity.js';

@Entity({ name: 'location' })
export class Location {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text', name: 'time_zone' })
  timeZone!: string;

  @Column({ type: 'jsonb', name: 'opening_hours' })
  openingHours!: OpeningHours[];

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  /** A retired house takes no bookings and leaves the calendar; its past bookings stay. */
  @Column({ type: 'boolean' })
  active!: boolean;

  /** Saxony's public holidays close the house unless staff open it on them. */
  @Column({ type: 'boolean', name: 'open_on_public_holidays' })
  openOnPublicHolidays!: boolean;

  /** Fair use (issue 29): bookings here are released when nobody checks in within the grace period. */
  @Column({ type: 'boolean', name: 'check_in_required', default: false })
  checkInRequired!: boolean;

  @Column({ type: 'integer', name: 'check_in_grace_minutes', default: 20 })
  checkInGraceMinutes!: number;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @OneToMany(() => Room, (room) => room.location)
  rooms?: Room[];
}
