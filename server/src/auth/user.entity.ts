import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';

/** A coach (COACH) belongs to no MO; what they see comes from the coach record linked to them. */
export type UserRole = 'STAFF' | 'MEMBER' | 'COACH';

@Entity({ name: 'app_user' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: UserRole;

  @Column({ type: 'uuid', name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** The language the person chose (a BCP 47 tag), for the UI and for e-mails; null until chosen. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'timestamptz', name: 'last_sign_in_at', nullable: true })
  lastSignInAt!: Date | null;

  /** When staff erased the person (`privacy/erasure.ts`); their name is then a pseudonym. */
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true, insert: false })
  erasedAt!: Date | null;
}
