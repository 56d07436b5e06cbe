import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Location } from './location.entity.js';

export const ROOM_FEATURES = ['PIANO', 'PROJECTOR', 'KITCHEN', 'STEP_FREE', 'WHITEBOARD', 'SOUND_SYSTEM'] as const;
export type RoomFeature = (typeof ROOM_FEATURES)[number];

@Entity({ name: 'room' })
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'location_id' })
  locationId!: string;

  @ManyToOne(() => Location, (location) => location.rooms)
  @JoinColumn({ name: 'location_id' })
  location?: Location;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text', array: true })
  features!: RoomFeature[];

  @Column({ type: 'text' })
  colour!: string;

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  @Column({ type: 'boolean' })
  active!: boolean;
}
