import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Booking } from '../bookings/booking.entity.js';
import type { AgendaItemStatus, DecisionState, ProposalStatus } from './network.enums.js';

/**
 * A network meeting. Its room, time and whether it was cancelled live in its booking (the centre's), read
 * through `booking`, never copied: a move or closure on the calendar is the meeting's move or closure.
 */
@Entity({ name: 'network_meeting' })
export class NetworkMeeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'booking_id' })
  bookingId!: string;

  @ManyToOne(() => Booking)
  @JoinColumn({ name: 'booking_id' })
  booking?: Booking;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Until when MOs may put topics on the agenda. */
  @Column({ type: 'timestamptz', name: 'agenda_deadline' })
  agendaDeadline!: Date;

  /** BCP 47 tags of the languages the centre offers interpretation into. */
  @Column({ type: 'text', array: true, name: 'interpretation_languages' })
  interpretationLanguages!: string[];

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ type: 'timestamptz', name: 'minutes_published_at', nullable: true })
  minutesPublishedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'reminded_unanswered_at', nullable: true })
  remindedUnansweredAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'reminded_coming_at', nullable: true })
  remindedComingAt!: Date | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  // written by the meeting service from its clock: reminders and notices compare it with that clock
  @Column({ type: 'timestamptz', name: 'created_at', update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}

/** One MO's answer to a meeting; the database keeps it to one per MO. */
@Entity({ name: 'meeting_response' })
export class MeetingResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @Column({ type: 'boolean' })
  attending!: boolean;

  @Column({ type: 'integer' })
  people!: number;

  /** BCP 47 tags of the languages someone of the MO needs interpretation into. */
  @Column({ type: 'text', array: true })
  interpretation!: string[];

  @Column({ type: 'uuid', name: 'responded_by_id', nullable: true })
  respondedById!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A topic on a meeting's agenda, put there by an MO (or by staff, `organizationId` null). */
@Entity({ name: 'agenda_item' })
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @Column({ type: 'uuid', name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'uuid', name: 'proposal_id', nullable: true })
  proposalId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  /** The language the MO wrote it in (BCP 47). */
  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  status!: AgendaItemStatus;

  @Column({ type: 'uuid', name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'uuid', name: 'moved_from_meeting_id', nullable: true })
  movedFromMeetingId!: string | null;

  /** Its place in the agenda; set exactly while ACCEPTED. */
  @Column({ type: 'integer', nullable: true })
  position!: number | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A decision recorded with the minutes, with who sees to it and whether it is done. */
@Entity({ name: 'meeting_decision' })
export class MeetingDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  responsible!: string;

  @Column({ type: 'text' })
  state!: DecisionState;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** Who came, as staff record it with the minutes. */
@Entity({ name: 'meeting_attendance' })
export class MeetingAttendance {
  @PrimaryColumn({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @Column({ type: 'integer' })
  people!: number;
}

/** Something an MO proposes for the centre between meetings. */
@Entity({ name: 'proposal' })
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  status!: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'timestamptz', name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'uuid', name: 'answered_by_id', nullable: true })
  answeredById!: string | null;

  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** One MO's voice for a proposal; the primary key keeps it to one. */
@Entity({ name: 'proposal_support' })
export class ProposalSupport {
  @PrimaryColumn({ type: 'uuid', name: 'proposal_id' })
  proposalId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @Column({ type: 'uuid', name: 'supported_by_id', nullable: true })
  supportedById!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt!: Date;
}
