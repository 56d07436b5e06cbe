import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** MO for a migrant organisation; CENTRE for the one row that stands for KolLEktiv itself. */
export type OrganizationKind = 'MO' | 'CENTRE';

/** A migrant organisation (MO) that borrows rooms. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'short_name' })
  shortName!: string;

  @Column({ type: 'text' })
  description!: string;

  /** BCP 47 language tags, e.g. `ar`, `uk`, `fa`. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', name: 'contact_email', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text', name: 'contact_phone', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'boolean', name: 'profile_public' })
  profilePublic!: boolean;

  /** Whether the contact address and phone appear on the public page (a choice apart from the profile). */
  @Column({ type: 'boolean', name: 'public_contact' })
  publicContact!: boolean;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** The description in other languages, by language tag, entered by staff or the MO. */
  @Column({ type: 'jsonb', name: 'description_translations' })
  descriptionTranslations!: Record<string, string>;

  /** MO for a migrant organisation; CENTRE for the one row that stands for KolLEktiv itself (it holds network meetings' rooms). */
  @Column({ type: 'text', insert: false, update: false })
  kind!: OrganizationKind;

  /** When staff erased the MO (`privacy/erasure.ts`); its name is then a pseudonym. */
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true, insert: false })
  erasedAt!: Date | null;
}
