import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A time a house (or one of its rooms) is closed, entered by staff: "Weihnachtspause", "Renovierung Großer Saal". */
@Entity({ name: 'closure' })
export class Closure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'location_id' })
  locationId!: string;

  /** Null: the whole house. */
  @Column({ type: 'uuid', name: 'room_id', nullable: true })
  roomId!: string | null;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  start!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  end!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;
}
