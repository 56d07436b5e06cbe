import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import type { Availability, CoachingStatus, CoachingTopic } from './coaching.enums.js';

@Entity({ name: 'coach' })
export class Coach {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true })
  topics!: CoachingTopic[];

  /** BCP 47 tags of the languages the coach can coach in. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  /** How staff reach the coach (phone, e-mail), as staff wrote it. */
  @Column({ type: 'text' })
  contact!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** The person with the COACH role who signs in as this coach; null while they have no account. */
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;
}

@Entity({ name: 'coaching_request' })
export class CoachingRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  topic!: CoachingTopic;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'jsonb' })
  availability!: Availability[];

  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ type: 'text' })
  status!: CoachingStatus;

  @Column({ type: 'uuid', name: 'coach_id', nullable: true })
  coachId!: string | null;

  @ManyToOne(() => Coach)
  @JoinColumn({ name: 'coach_id' })
  coach?: Coach | null;

  @Column({ type: 'text', name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  /** When the MO asked, by the server's clock (the database's default when not given). */
  @Column({ type: 'timestamptz', name: 'created_at', update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** When the request was closed: the city's report counts closings per month. */
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}

@Entity({ name: 'coaching_message' })
export class CoachingMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'request_id' })
  requestId!: string;

  @Column({ type: 'uuid', name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  /** A note for staff (and the request's coach) only: never shown to the MO. */
  @Column({ type: 'boolean', name: 'staff_only' })
  staffOnly!: boolean;

  /** By the server's clock, like the request's: a thread reads in the order its notes were written. */
  @Column({ type: 'timestamptz', name: 'created_at', update: false })
  createdAt!: Date;
}

@Entity({ name: 'coaching_session' })
export class CoachingSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'request_id' })
  requestId!: string;

  /** The MO's booking of the room; null for a session online. */
  @Column({ type: 'uuid', name: 'booking_id', nullable: true })
  bookingId!: string | null;

  @Column({ type: 'uuid', name: 'room_id', nullable: true })
  roomId!: string | null;

  @Column({ type: 'text', name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  start!: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  end!: Date;

  @Column({ type: 'text' })
  status!: 'SCHEDULED' | 'CANCELLED';

  @Column({ type: 'text', name: 'cancel_reason', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;
}
