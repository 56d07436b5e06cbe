import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationType } from '../organizations/organization.types.js';
import type { UserRole } from './user.entity.js';

export const RoleEnum = { STAFF: 'STAFF', MEMBER: 'MEMBER', COACH: 'COACH' } as const;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'STAFF runs the houses; MEMBER belongs to one MO; COACH coaches MOs (sees the requests assigned to them).',
});

@ObjectType('Capabilities', {
  description: 'What a person may do, for the client to offer; named by the act, not the role. Every operation is still checked.',
})
export class CapabilitiesType {
  @Field(() => Boolean, { description: 'The admin page: houses, rooms, MOs, people, invitations, the audit log.' })
  administer!: boolean;

  @Field(() => Boolean)
  viewReports!: boolean;

  @Field(() => Boolean, { description: 'The fairness report: staff for every MO, a member for their own MO.' })
  readFairnessReport!: boolean;

  @Field(() => Boolean, { description: 'Create and revoke wall-display links.' })
  manageDisplayLinks!: boolean;

  @Field(() => Boolean, { description: 'Book for any MO; otherwise for one’s own MO only.' })
  bookForAnyOrganization!: boolean;

  @Field(() => Boolean, { description: 'Tell an MO why its booking was changed or cancelled.' })
  giveReasonForChanges!: boolean;

  @Field(() => Boolean, { description: 'Write one’s own MO’s description.' })
  editOrganizationDescription!: boolean;

  @Field(() => Boolean, { description: 'Ask for coaching: a member for their MO, staff for any MO.' })
  askForCoaching!: boolean;

  @Field(() => Boolean, { description: 'Work on the coaching requests assigned to one (a coach).' })
  workAsCoach!: boolean;

  @Field(() => Boolean, { description: 'The coaching queue: assign, decline, keep the list of coaches.' })
  manageCoaching!: boolean;

  @Field(() => Boolean, { description: 'The MOs’ network: meetings, their agenda and minutes, and answers to proposals.' })
  manageNetwork!: boolean;

  @Field(() => Boolean, { description: 'Read the MOs’ network: meetings, agenda, minutes and proposals.' })
  readNetwork!: boolean;

  @Field(() => Boolean, {
    description: 'Speak in the network for one’s MO: answer invitations, bring topics and proposals, support others’.',
  })
  takePartInNetwork!: boolean;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => OrganizationType, { nullable: true })
  organization!: OrganizationType | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => String, { nullable: true, description: 'The language the person chose (BCP 47), for the UI and e-mails.' })
  language!: string | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff erased the person; `name` is then their pseudonym ("P-…").' })
  erasedAt!: Date | null;
}

@ObjectType('Invitation', { description: 'A pending invitation: a one-time link to create an account, valid seven days.' })
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => OrganizationType, { nullable: true })
  organization!: OrganizationType | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('InvitationPreview', {
  description: 'What the page an invitation link opens shows before the account exists: for whom and in which language.',
})
export class InvitationPreviewType {
  @Field(() => String, { description: 'The name staff suggested; empty when they left it open.' })
  name!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => String, { nullable: true, description: 'The MO the account will belong to; null for staff.' })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'The language staff chose for the person (an i18n code).' })
  language!: string | null;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('InvitationResult')
export class InvitationResultType {
  @Field(() => InvitationType)
  invitation!: InvitationType;

  @Field(() => String, { description: 'The one-time link, shown only now; pass it on when no e-mail was sent.' })
  url!: string;

  @Field(() => Boolean, { description: 'Whether the link went out by e-mail (only when SMTP is set up).' })
  emailSent!: boolean;
}

@ObjectType('PasswordResetLink')
export class PasswordResetLinkType {
  @Field(() => String, { description: 'The one-time link, shown only now.' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Suggested name; the person may change it when accepting.' })
  name?: string | null;

  @Field(() => RoleEnum)
  role!: UserRole;

  @Field(() => ID, { nullable: true, description: 'Required for members; ignored for staff.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Language of the e-mail and the account (BCP 47); the inviter’s if not given.' })
  language?: string | null;
}

@InputType('UpdateUserInput', { description: 'Only the fields given change.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: UserRole | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

@InputType('UpdateMeInput', { description: 'Only the fields given change.' })
export class UpdateMeInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag, e.g. de, en, uk, ar, ru, fa, tr.' })
  language?: string | null;
}
