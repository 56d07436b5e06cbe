import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'display_link' })
export class DisplayLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'location_id' })
  locationId!: string;

  @Column({ type: 'text', name: 'token_hash', select: false })
  tokenHash!: string;

  @Column({ type: 'text' })
  label!: string;

  /** What the screen speaks: one to three language tags, shown side by side. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
