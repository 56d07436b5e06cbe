import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { BOOKING_FIELDS, FIELD_NAMES, type BookingFields, type FieldKind } from './booking-shape.js';

/** A booking row; its own columns come from `BOOKING_FIELDS`, declared below. */
@Entity({ name: 'booking' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface below types the columns registered from the shape
export class Booking {
  @ManyToOne(() => Room)
  @JoinColumn({ name: 'room_id' })
  room?: Room;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;
}

// the class's fields are the booking's own fields
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Booking extends BookingFields {}

const COLUMN_TYPES: Record<FieldKind, 'uuid' | 'text' | 'integer' | 'timestamptz'> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'integer',
  instant: 'timestamptz',
  category: 'text',
  status: 'text',
  visibility: 'text',
};

for (const name of FIELD_NAMES) {
  const spec = BOOKING_FIELDS[name];
  if (name === 'id') PrimaryGeneratedColumn('uuid')(Booking.prototype, name);
  else Column({ type: COLUMN_TYPES[spec.kind], name: spec.column, nullable: spec.nullable })(Booking.prototype, name);
}
